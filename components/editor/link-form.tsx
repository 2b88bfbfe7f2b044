'use client';
// Lives inside the article <form>, so it is a group of controls rather than a nested form:
// Enter applies the link instead of submitting the article.
import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import styles from './rich-text-editor.module.css';

const ALLOWED = /^(https?:\/\/|mailto:)/i;

export function normaliseHref(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  const href = ALLOWED.test(value)
    ? value
    : /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(value)
      ? `https://${value}`
      : null;
  if (!href) return null;
  try {
    new URL(href);
    return href;
  } catch {
    return null;
  }
}

export function LinkForm({
  editor,
  initialHref,
  onClose,
}: {
  editor: Editor;
  initialHref: string;
  onClose: () => void;
}) {
  const id = useId();
  const [href, setHref] = useState(initialHref);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  function apply() {
    const url = normaliseHref(href);
    if (!url) {
      setError('Enter a web address starting with https:// (or mailto:).');
      input.current?.focus();
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      chain.insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] }).run();
    } else {
      chain.setLink({ href: url }).run();
    }
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      editor.commands.focus();
    }
  }

  return (
    <div role="group" aria-label="Link" className={styles.panel}>
      <label id={`${id}-label`} htmlFor={`${id}-href`} className={styles.panelLabel}>
        Link address
      </label>
      <input
        ref={input}
        id={`${id}-href`}
        type="url"
        inputMode="url"
        value={href}
        placeholder="https://"
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={styles.panelInput}
      />
      <button type="button" className={styles.panelButton} onClick={apply}>
        Apply link
      </button>
      {editor.isActive('link') && (
        <button type="button" className={styles.panelButton} onClick={remove}>
          Remove link
        </button>
      )}
      <button type="button" className={styles.panelButton} onClick={onClose}>
        Cancel
      </button>
      {error && (
        <p id={`${id}-error`} className={styles.panelError} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

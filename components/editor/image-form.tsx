'use client';
// Uploads a picture for the body through a server action passed in as a prop, then inserts it.
// The alt text is asked for here because an image without one is a hole for screen-reader users.
import type { Editor } from '@tiptap/react';
import { unstable_rethrow } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import type { FormState } from '@/lib/form-state';
import { imageFileProblem } from '@/lib/image-limits';
import styles from './rich-text-editor.module.css';

/** A stored upload ('done'), or why not in the message. */
export type UploadExtra = { src: string; width: number; height: number };
export type UploadResult = FormState<UploadExtra>;
export type UploadImage = (formData: FormData) => Promise<UploadResult>;

export function ImageForm({
  editor,
  uploadImage,
  onClose,
}: {
  editor: Editor;
  uploadImage: UploadImage;
  onClose: () => void;
}) {
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState('');
  const [error, setError] = useState('');
  const [pending, startTransition] = useTransition();

  /** The browser's first look (the server decides): a file too big to post never leaves the page. */
  function checkChosen(): File | null {
    const chosen = file.current?.files?.[0] ?? null;
    const problem = chosen ? imageFileProblem(chosen) : null;
    if (problem && file.current) file.current.value = '';
    setError(problem ?? '');
    return problem ? null : chosen;
  }

  function insert() {
    if (!file.current?.files?.[0]) {
      setError('Choose an image file (JPEG, PNG or WebP).');
      return;
    }
    const chosen = checkChosen();
    if (!chosen) return;
    const data = new FormData();
    data.set('image', chosen);
    startTransition(async () => {
      let result: UploadResult;
      try {
        result = await uploadImage(data);
      } catch (failure) {
        unstable_rethrow(failure);
        result = { status: 'error', message: 'The image could not be uploaded. Try again.', errors: {} };
      }
      const { src, width, height } = result;
      if (result.status !== 'done' || !src) {
        setError(result.message);
        return;
      }
      editor.chain().focus().setImage({ src, alt: alt.trim(), width, height }).run();
      onClose();
    });
  }

  return (
    <div
      role="group"
      aria-labelledby={`${id}-title`}
      className={styles.panel}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
          editor.commands.focus();
        }
      }}
    >
      <span id={`${id}-title`} className={styles.panelTitle}>
        Insert an image
      </span>
      <label htmlFor={`${id}-file`} className={styles.panelLabel}>
        Image file
      </label>
      <input
        ref={file}
        id={`${id}-file`}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        onChange={checkChosen}
        className={styles.panelInput}
      />
      <label htmlFor={`${id}-alt`} className={styles.panelLabel}>
        Description (alt text)
      </label>
      <input
        id={`${id}-alt`}
        type="text"
        value={alt}
        onChange={(e) => setAlt(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            insert();
          }
        }}
        className={styles.panelInput}
      />
      <button type="button" className={styles.panelButton} onClick={insert} disabled={pending}>
        {pending ? 'Uploading…' : 'Insert image'}
      </button>
      <button type="button" className={styles.panelButton} onClick={onClose}>
        Cancel
      </button>
      {error && (
        <p className={styles.panelError} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

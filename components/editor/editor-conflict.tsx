'use client';
// Shown when a save was refused because a colleague saved first. Nothing typed is thrown away:
// the form keeps the person's text, and they can copy it before loading the latest version.
import { useState } from 'react';
import type { ArticleFormValues, Conflict } from './editor-types';
import styles from './article-form.module.css';

function plainText(html: string): string {
  return html
    .replace(/<\/(p|h2|h3|li|blockquote)>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function mineAsText(values: ArticleFormValues): string {
  return [values.title, values.summary, plainText(values.body)].filter(Boolean).join('\n\n');
}

export function EditorConflict({
  conflict,
  values,
  reloadHref,
}: {
  conflict: Conflict;
  values: ArticleFormValues;
  reloadHref: string;
}) {
  const [copied, setCopied] = useState('');
  const mine = mineAsText(values);

  async function copy() {
    try {
      await navigator.clipboard.writeText(mine);
      setCopied('Your text is on the clipboard.');
    } catch {
      setCopied('Copying was blocked by the browser: select the text below and copy it.');
    }
  }

  return (
    <section className={styles.conflict} aria-labelledby="conflict-title">
      <h2 id="conflict-title" className={styles.conflictTitle}>
        Someone else saved this article (version {conflict.version} by {conflict.savedBy} at{' '}
        {conflict.savedAt}) since you opened it
      </h2>
      <p>
        <strong>Your changes were not saved</strong>, so theirs were not overwritten.
      </p>
      {conflict.changes.length > 0 ? (
        <>
          <p>What they changed:</p>
          <ul className={styles.changes}>
            {conflict.changes.map((c) => (
              <li key={c.field}>
                <strong>{c.label}</strong>
                {c.before || c.after ? (
                  <>
                    : <del>{c.before || '(empty)'}</del> → <ins>{c.after || '(empty)'}</ins>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Their changes are in the latest version.</p>
      )}
      <p>
        Your text is still in the form below. Copy it, then load the latest version and add your changes to
        it.
      </p>
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={copy}>
          Copy my text
        </button>
        <a href={reloadHref} className={styles.button}>
          Load the latest version
        </a>
      </div>
      <p role="status" className={styles.hint}>
        {copied}
      </p>
      <details>
        <summary>Your text, as plain text</summary>
        <label htmlFor="conflict-mine" className={styles.label}>
          Your version
        </label>
        <textarea id="conflict-mine" readOnly rows={8} value={mine} className={styles.input} />
      </details>
    </section>
  );
}

'use client';
// The outcome of the last action, in a live region: a screen reader hears "Saved" or the list of
// problems, and each problem links to its field. A refused save brings the summary into view and
// focuses it (issue 12 item 10): left where the Save button was, the page showed the body editor
// scrolled past its sticky toolbar, text hidden above it and the editing area looking empty.
import { useEffect, useRef } from 'react';
import type { EditorState } from './editor-types';
import styles from './article-form.module.css';

const LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Slug',
  summary: 'Summary',
  body: 'Body',
  sectionId: 'Section',
  tags: 'Tags',
  leadImage: 'Lead image',
  leadImageCaption: 'Caption',
  leadImageCredit: 'Credit',
  authorId: 'Byline',
  publishedAt: 'Publish time',
  comment: 'Comment for the author',
};

export function EditorErrorSummary({ state, pending }: { state: EditorState; pending: boolean }) {
  const problems =
    state.status === 'error' ? Object.entries(state.errors).filter(([, m]) => m && m.length > 0) : [];
  const summary = useRef<HTMLDivElement>(null);
  // Only when a save just came back refused: a file refused on choosing keeps the focus on its field.
  const wasPending = useRef(pending);
  const status = state.status;
  useEffect(() => {
    const justRefused = wasPending.current && !pending && status === 'error';
    wasPending.current = pending;
    if (!justRefused) return;
    summary.current?.scrollIntoView({ block: 'start' });
    summary.current?.focus({ preventScroll: true });
  }, [pending, status]);
  return (
    <div aria-live="polite" className={styles.summaryRegion}>
      {pending ? (
        <p className={styles.hint}>Working…</p>
      ) : state.status === 'error' ? (
        <div className={styles.errorSummary} ref={summary} tabIndex={-1}>
          <p className={styles.summaryTitle}>
            {state.message || 'Not saved: please fix the problems below.'}
          </p>
          {problems.length > 0 && (
            <ul>
              {problems.map(([field, messages]) => (
                <li key={field}>
                  {LABELS[field] ? (
                    <a href={`#${field === 'body' ? 'body-label' : field}`}>{LABELS[field]}</a>
                  ) : null}
                  {LABELS[field] ? ': ' : ''}
                  {messages!.join(' ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : state.status === 'done' && state.message ? (
        <p className={styles.success}>{state.message}</p>
      ) : null}
    </div>
  );
}

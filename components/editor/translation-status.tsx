'use client';
// Whether a translation still follows its source. When the source was saved after the translation
// was made (or last marked current), a notice links to exactly those changes and offers "Mark as
// current"; the answer stays in the live region after the notice goes.
import Link from 'next/link';
import { useActionState } from 'react';
import { EMPTY_FORM_STATE, type FormAction } from '@/lib/form-state';
import panel from './editor-panels.module.css';
import styles from './translation.module.css';

type Props = {
  stale: boolean;
  sourceVersion: number;
  madeFromVersion: number | null;
  /** Absent when this person may not read the source. */
  changesHref?: string;
  /** Absent when this person may not edit the translation now. */
  markCurrent?: FormAction;
};

export function TranslationStatus({
  stale,
  sourceVersion,
  madeFromVersion,
  changesHref,
  markCurrent,
}: Props) {
  const [state, formAction, pending] = useActionState(
    markCurrent ?? (async () => EMPTY_FORM_STATE),
    EMPTY_FORM_STATE,
  );
  return (
    <>
      {stale && (
        <section className={panel.notice} aria-labelledby="source-updated-heading">
          <h2 id="source-updated-heading" className={panel.heading}>
            Source updated since translation
          </h2>
          <p className={panel.line}>
            The source is now at version {sourceVersion}; this translation was made from version{' '}
            {madeFromVersion}.{' '}
            {changesHref ? (
              <Link href={changesHref}>See what changed in the source since version {madeFromVersion}</Link>
            ) : (
              'Ask an editor what changed: you cannot open the source.'
            )}
          </p>
          {markCurrent && (
            <form action={formAction} className={styles.form} aria-busy={pending}>
              <input type="hidden" name="sourceVersion" value={sourceVersion} />
              <button type="submit" className={styles.button} disabled={pending}>
                Mark as current
              </button>
              <span className={panel.muted}>
                once the translation says what version {sourceVersion} says.
              </span>
            </form>
          )}
        </section>
      )}
      <p
        className={state.status === 'error' ? styles.error : styles.message}
        role="status"
        aria-live="polite"
      >
        {state.message}
      </p>
    </>
  );
}

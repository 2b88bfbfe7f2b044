'use client';
// One moderation action as a real form: hidden ids, any extra fields, a required reason, and the
// answer in a live region. The server action is passed in (components never import app/).
import { useActionState, type ReactNode } from 'react';
import { EMPTY_FORM_STATE, type FormAction } from '@/lib/form-state';
import styles from './controls.module.css';

type Props = {
  action: FormAction;
  /** Unique on the page: prefixes the ids that tie labels and errors to fields. */
  id: string;
  hidden: Record<string, string | number>;
  submitLabel: string;
  /** A fuller accessible name when several such buttons share a page ("Undo action #12"). */
  submitName?: string;
  /** Undo asks for no reason of its own; every other action does. */
  reason?: { label: string; hint?: string } | false;
  variant?: 'danger' | 'plain';
  children?: ReactNode;
};

export function ActionForm({
  action,
  id,
  hidden,
  submitLabel,
  submitName,
  reason = { label: 'Reason' },
  variant = 'danger',
  children,
}: Props) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const reasonErrors = state.errors.reason ?? [];
  const describedBy = [
    reasonErrors.length ? `${id}-reason-error` : '',
    reason && reason.hint ? `${id}-reason-hint` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <form action={formAction} className={styles.form} aria-busy={pending}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {reason && (
        <div className={styles.field}>
          <label htmlFor={`${id}-reason`}>{reason.label}</label>
          {reason.hint && (
            <p className={styles.muted} id={`${id}-reason-hint`}>
              {reason.hint}
            </p>
          )}
          <input
            id={`${id}-reason`}
            name="reason"
            required
            maxLength={500}
            aria-invalid={reasonErrors.length > 0 || undefined}
            aria-describedby={describedBy || undefined}
          />
          {reasonErrors.length > 0 && (
            <p className={styles.error} id={`${id}-reason-error`}>
              {reasonErrors.join(' ')}
            </p>
          )}
        </div>
      )}
      <button
        type="submit"
        className={variant === 'danger' ? styles.button : styles.secondary}
        disabled={pending}
        aria-label={submitName}
      >
        {submitLabel}
      </button>
      <p
        className={state.status === 'done' ? styles.message : `${styles.message} ${styles.error}`}
        role="status"
        aria-live="polite"
      >
        {state.message}
      </p>
    </form>
  );
}

'use client';

import { useActionState } from 'react';
import { EMPTY_FORM_STATE, type FormAction } from '@/lib/form-state';
import styles from './forms.module.css';
import { TextField } from './text-field';

type Props = {
  action: FormAction;
  minPasswordLength: number;
  /** Shown after the change, which ends in a redirect back here. */
  doneMessage?: string;
};

export function PasswordForm({ action, minPasswordLength, doneMessage = '' }: Props) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const message = state.message || doneMessage;
  const ok = state.message ? state.status === 'done' : Boolean(doneMessage);
  return (
    <form action={formAction} className={styles.form} noValidate>
      <div role="status" aria-live="polite">
        {message && <p className={ok ? styles.success : styles.message}>{message}</p>}
      </div>
      <TextField
        name="current"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        errors={state.errors.current}
      />
      <TextField
        name="next"
        type="password"
        label="New password"
        hint={`At least ${minPasswordLength} characters.`}
        autoComplete="new-password"
        required
        errors={state.errors.next}
      />
      <TextField
        name="confirm"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
        errors={state.errors.confirm}
      />
      <button className={styles.button} type="submit" disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}

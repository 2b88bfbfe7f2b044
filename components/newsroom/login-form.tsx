'use client';

import { useActionState } from 'react';
import { EMPTY_FORM_STATE, type FormAction } from '@/lib/form-state';
import styles from './forms.module.css';
import { TextField } from './text-field';

type Props = {
  action: FormAction;
  callbackUrl: string;
  initialMessage?: string;
};

export function LoginForm({ action, callbackUrl, initialMessage = '' }: Props) {
  const [state, formAction, pending] = useActionState(action, {
    ...EMPTY_FORM_STATE,
    message: initialMessage,
  });
  return (
    <form action={formAction} className={styles.form} noValidate>
      <p className={styles.message} role="alert" aria-live="assertive">
        {state.message}
      </p>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        required
        errors={state.errors.email}
        defaultValue={state.values?.email}
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        errors={state.errors.password}
      />
      <button className={styles.button} type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

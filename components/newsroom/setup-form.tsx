'use client';

import { useActionState } from 'react';
import { EMPTY_FORM_STATE, type FormAction } from '@/lib/form-state';
import styles from './forms.module.css';
import { TextField } from './text-field';

type Props = { action: FormAction; minPasswordLength: number };

export function SetupForm({ action, minPasswordLength }: Props) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const f = state.values ?? {};
  return (
    <form action={formAction} className={styles.form} noValidate>
      <p className={styles.message} role="alert" aria-live="assertive">
        {state.message}
      </p>
      <TextField
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        required
        errors={state.errors.email}
        defaultValue={f.email}
      />
      <TextField
        name="name"
        label="Byline name"
        hint='The short name shown on articles, e.g. "Budi N".'
        required
        errors={state.errors.name}
        defaultValue={f.name}
      />
      <TextField
        name="fullName"
        label="Full name"
        autoComplete="name"
        required
        errors={state.errors.fullName}
        defaultValue={f.fullName}
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        hint={`At least ${minPasswordLength} characters.`}
        autoComplete="new-password"
        required
        errors={state.errors.password}
      />
      <TextField
        name="confirm"
        type="password"
        label="Password again"
        autoComplete="new-password"
        required
        errors={state.errors.confirm}
      />
      <button className={styles.button} type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create the admin account'}
      </button>
    </form>
  );
}

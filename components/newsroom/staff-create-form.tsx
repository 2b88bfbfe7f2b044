'use client';

import { useActionState } from 'react';
import { EMPTY_FORM_STATE, type FormAction } from '@/lib/form-state';
import styles from './forms.module.css';
import staff from './staff.module.css';
import type { StaffExtra, StaffFormState } from './staff-types';
import { TextField } from './text-field';

type Props = { action: FormAction<StaffExtra>; roles: readonly string[] };

export function StaffCreateForm({ action, roles }: Props) {
  const [state, formAction, pending] = useActionState<StaffFormState, FormData>(action, EMPTY_FORM_STATE);
  const done = state.status === 'done';
  const f = done ? {} : (state.values ?? {});
  return (
    <form action={formAction} className={staff.createForm} noValidate aria-labelledby="add-staff-heading">
      <div className={staff.createFields}>
        <TextField
          name="email"
          type="email"
          label="Email"
          required
          errors={state.errors.email}
          defaultValue={f.email}
        />
        <TextField
          name="name"
          label="Byline name"
          required
          errors={state.errors.name}
          defaultValue={f.name}
        />
        <TextField
          name="fullName"
          label="Full name"
          required
          errors={state.errors.fullName}
          defaultValue={f.fullName}
        />
        <div className={styles.field}>
          <label className={styles.label} htmlFor="new-staff-role">
            Role
          </label>
          <select
            className={styles.select}
            id="new-staff-role"
            name="role"
            defaultValue={f.role || 'journalist'}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button className={styles.button} type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create account'}
      </button>
      <div role="status" aria-live="polite">
        {state.message && (
          <p className={done ? styles.success : styles.message}>
            {done && state.secret ? (
              <>
                {state.message.replace(/Temporary password: .*$/, '')} Temporary password:{' '}
                <code className={styles.secret}>{state.secret}</code> — shown only now: pass it on in person.
              </>
            ) : (
              state.message
            )}
          </p>
        )}
      </div>
    </form>
  );
}

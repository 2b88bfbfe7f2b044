'use client';
// "Translate into …": makes a linked draft in the chosen edition and opens it (the action redirects).
// A refusal (the story was translated there meanwhile, a desk limit) shows next to the choice.
import { useActionState } from 'react';
import { EMPTY_FORM_STATE, type FormAction } from '@/lib/form-state';
import styles from './translation.module.css';

type Target = { id: number; tag: string; name: string };

export function TranslateForm({ action, targets }: { action: FormAction; targets: Target[] }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const error = state.errors.editionId?.[0] ?? (state.status === 'error' ? state.message : '');
  return (
    <form action={formAction} className={styles.form} aria-busy={pending}>
      <div className={styles.field}>
        <label htmlFor="translate-edition">Translate into</label>
        <select
          id="translate-edition"
          name="editionId"
          defaultValue={state.values?.editionId ?? String(targets[0]?.id ?? '')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'translate-error' : undefined}
        >
          {targets.map((t) => (
            <option key={t.id} value={t.id} lang={t.tag}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={styles.button} disabled={pending}>
        Translate
      </button>
      <p id="translate-error" className={styles.error} role="status" aria-live="polite">
        {error}
      </p>
    </form>
  );
}

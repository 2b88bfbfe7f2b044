'use client';
// One small form of the sections & tags page: create, rename or delete. Each keeps what was typed
// when it is refused and says why next to the field.
import { useActionState, useId } from 'react';
import { EMPTY_FORM_STATE, type FormAction } from '@/lib/form-state';
import styles from './taxonomy.module.css';

type Field = { name: 'name' | 'slug' | 'description' | 'tag'; label: string; value: string; hint?: string };

type Props = {
  action: FormAction;
  legend: string;
  fields: Field[];
  submitLabel: string;
  /** A second, destructive action on the same item (delete), in its own form. */
  remove?: { action: FormAction; label: string };
};

export function TaxonomyForm({ action, legend, fields, submitLabel, remove }: Props) {
  const id = useId();
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const [removeState, removeAction, removing] = useActionState(remove?.action ?? action, EMPTY_FORM_STATE);
  const errorsFor = (name: string) => state.errors[name];
  const other = Object.entries(state.errors).filter(([k]) => !fields.some((f) => f.name === k));
  return (
    <div className={styles.item}>
      <form action={formAction} className={styles.form}>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{legend}</legend>
          {fields.map((f) => {
            const errors = errorsFor(f.name);
            const fid = `${id}-${f.name}`;
            const describedBy =
              [errors ? `${fid}-error` : '', f.hint ? `${fid}-hint` : ''].filter(Boolean).join(' ') ||
              undefined;
            return (
              <div key={f.name} className={styles.field}>
                <label htmlFor={fid}>{f.label}</label>
                {f.hint && (
                  <span id={`${fid}-hint`} className={styles.hint}>
                    {f.hint}
                  </span>
                )}
                <input
                  id={fid}
                  name={f.name}
                  defaultValue={state.values?.[f.name] ?? f.value}
                  aria-invalid={errors ? true : undefined}
                  aria-describedby={describedBy}
                  className={styles.input}
                />
                {errors && (
                  <span id={`${fid}-error`} className={styles.error}>
                    {errors.join(' ')}
                  </span>
                )}
              </div>
            );
          })}
          <button type="submit" className={styles.button} disabled={pending}>
            {submitLabel}
          </button>
        </fieldset>
        <p aria-live="polite" className={state.status === 'error' ? styles.error : styles.done}>
          {state.status === 'error'
            ? [state.message, ...other.flatMap(([, m]) => m)].filter(Boolean).join(' ')
            : state.message}
        </p>
      </form>
      {remove && (
        <form action={removeAction} className={styles.removeForm}>
          <button type="submit" className={styles.removeButton} disabled={removing}>
            {remove.label}
          </button>
          <p aria-live="polite" className={removeState.status === 'error' ? styles.error : styles.done}>
            {removeState.status === 'error'
              ? Object.values(removeState.errors).flat().join(' ') || removeState.message
              : removeState.message}
          </p>
        </form>
      )}
    </div>
  );
}

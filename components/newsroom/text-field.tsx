// A labelled input with its hint and errors, wired with aria-describedby so a screen reader reads
// the message when the field gets focus.
import type { InputHTMLAttributes } from 'react';
import styles from './forms.module.css';

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export function TextField({ name, label, hint, errors, id = `field-${name}`, ...input }: Props) {
  const hasErrors = Boolean(errors?.length);
  const describedBy = [hasErrors ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        className={styles.input}
        id={id}
        name={name}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {hasErrors && (
        <p className={styles.error} id={`${id}-error`}>
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}

// One labelled form control with its hint and its errors, wired with aria-describedby so a screen
// reader announces the message when the control gets focus.
import type { ReactNode } from 'react';
import styles from './article-form.module.css';

export type FieldWiring = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  /** For controls that are not labelable elements (the rich-text body): the label is a plain element. */
  labelAs?: 'label' | 'span';
  children: (wiring: FieldWiring) => ReactNode;
};

export function fieldWiring(id: string, hasHint: boolean, errors?: string[]): FieldWiring {
  const describedBy = [errors?.length ? `${id}-error` : '', hasHint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  return {
    id,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(errors?.length ? { 'aria-invalid': true as const } : {}),
  };
}

export function EditorField({ id, label, hint, errors, labelAs = 'label', children }: Props) {
  const Label = labelAs;
  return (
    <div className={styles.field}>
      <Label {...(labelAs === 'label' ? { htmlFor: id } : {})} id={`${id}-label`} className={styles.label}>
        {label}
      </Label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {errors && errors.length > 0 && (
        <p id={`${id}-error`} className={styles.error}>
          {errors.join(' ')}
        </p>
      )}
      {children(fieldWiring(id, !!hint, errors))}
    </div>
  );
}

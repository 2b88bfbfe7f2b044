/**
 * What every newsroom form action returns to useActionState: errors by field, a message for the
 * live region, and the values as typed (never passwords) so a refused form keeps them.
 */
export type FormState = {
  errors: Record<string, string[]>;
  message: string;
  ok?: boolean;
  fields?: Record<string, string>;
};

export const EMPTY_FORM_STATE: FormState = { errors: {}, message: '' };

// The one shape every newsroom form action returns to useActionState (app/newsroom/guarded-action.ts
// builds it): a status, a summary for the form's live region, errors by field, and the values as
// typed (never passwords), so a refused form keeps what the person wrote.
import type { FieldErrors } from './errors';

export type FormStatus = 'idle' | 'done' | 'error' | 'conflict';

/** Anything a form shows besides the message and errors. */
export type FormExtra = object;

export type FormState<Extra extends FormExtra = FormExtra> = {
  status: FormStatus;
  message: string;
  errors: FieldErrors;
  values?: Record<string, string>;
  // Without `then`: a state travels in a promise, and a `then` would make it look like one.
} & Partial<Omit<Extra, 'then'>>;

export type FormAction<Extra extends FormExtra = FormExtra> = (
  state: FormState<Extra>,
  data: FormData,
) => Promise<FormState<Extra>>;

export const EMPTY_FORM_STATE: FormState = { status: 'idle', message: '', errors: {} };

/** The first message for a field, for the error line next to it. */
export function fieldError(state: FormState, field: string): string | undefined {
  return state.errors[field]?.[0];
}

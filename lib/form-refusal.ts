// The one mapping from a refusal of the data layer (a DomainError, lib/errors.ts) to the form shape
// (lib/form-state.ts): guardedAction uses it for every newsroom action, and the sign-in and setup
// forms, which have no actor yet, use it too.
import type { DomainError } from './errors';
import type { FormExtra, FormState } from './form-state';

/**
 * What the refusal says about the whole form comes first; errors on named fields get `summary`
 * (the fields show their own words), else their own words; a refusal without field errors (a
 * permission, say) says its message.
 */
export function refusedState<Extra extends FormExtra = FormExtra>(
  error: DomainError,
  values: Record<string, string> = {},
  summary?: string,
): FormState<Extra> {
  const { '': whole = [], ...fields } = error.fieldErrors;
  const named = Object.values(fields).flat();
  const message = whole.join(' ') || (named.length ? (summary ?? named.join(' ')) : error.message);
  return { status: 'error', message, errors: error.fieldErrors, values } as FormState<Extra>;
}

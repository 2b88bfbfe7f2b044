// Expected failures of bad input carry per-field messages, so a form can show each one next to
// its field and a CLI can print them; a server action returns them instead of throwing to error.tsx.
import type { z } from 'zod';

export type FieldErrors = Record<string, string[]>;

/**
 * An expected refusal: bad input, a missing permission, a move the workflow does not allow. Nothing
 * was written, and the message is meant for the person (a form shows it, an API answers `status`).
 * Every such error in db/ extends this, so one mapper (app/newsroom/guarded-action.ts) serves all.
 */
export class DomainError extends Error {
  readonly status: number = 400;
  readonly fieldErrors: FieldErrors = {};
}

export class ValidationError extends DomainError {
  override readonly status = 400;
  constructor(
    override readonly fieldErrors: FieldErrors,
    message?: string,
  ) {
    super(message ?? describeFieldErrors(fieldErrors));
    this.name = 'ValidationError';
  }
}

/** "email: An account with this email already exists.; name: Too short." */
export function describeFieldErrors(fieldErrors: FieldErrors): string {
  const parts = Object.entries(fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => (field ? `${field}: ${message}` : message)),
  );
  return parts.join('; ') || 'The input is not valid.';
}

/** Field errors keyed by the dotted path of each zod issue ("" for the whole value). */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

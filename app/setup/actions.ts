'use server';
// First-run setup: creates the first admin while there is none, then signs them in. No actor yet,
// so not a guardedAction, but its refusals come back in the same form shape and the same mapping.
import { notFound, redirect } from 'next/navigation';
import { signIn } from '@/auth';
import { createFirstAdmin, hasAdmin, SetupAlreadyDoneError } from '@/db/people/setup';
import { DomainError, ValidationError } from '@/lib/errors';
import { refusedState } from '@/lib/form-refusal';
import type { FormState } from '@/lib/form-state';

const SUMMARY = 'Check the highlighted fields.';

export async function setupAction(_state: FormState, form: FormData): Promise<FormState> {
  if (hasAdmin()) notFound();
  const text = (key: string) => String(form.get(key) ?? '');
  const input = {
    email: text('email'),
    name: text('name'),
    fullName: text('fullName'),
    password: text('password'),
  };
  // Kept across a refusal, so nothing typed is lost; the passwords are typed again.
  const values = { email: input.email, name: input.name, fullName: input.fullName };
  if (input.password !== text('confirm'))
    return refusedState(
      new ValidationError({ confirm: ['The two passwords do not match.'] }),
      values,
      SUMMARY,
    );
  try {
    await createFirstAdmin(input);
  } catch (error) {
    if (error instanceof SetupAlreadyDoneError) notFound();
    if (error instanceof DomainError) return refusedState(error, values, SUMMARY);
    throw error;
  }
  try {
    await signIn('credentials', { email: input.email, password: input.password, redirect: false });
  } catch {
    // The account exists; if signing in fails now (say, a throttled address), the form will do.
    redirect('/login?callbackUrl=%2Fnewsroom');
  }
  redirect('/newsroom');
}

'use server';

import { notFound, redirect } from 'next/navigation';
import { signIn } from '@/auth';
import type { FormState } from '@/components/newsroom/form-state';
import { ValidationError } from '@/lib/errors';
import { createFirstAdmin, hasAdmin, SetupAlreadyDoneError } from '@/db/people/setup';

export async function setupAction(_state: FormState, form: FormData): Promise<FormState> {
  if (hasAdmin()) notFound();
  const text = (key: string) => String(form.get(key) ?? '');
  const input = {
    email: text('email'),
    name: text('name'),
    fullName: text('fullName'),
    password: text('password'),
  };
  const fields = { email: input.email, name: input.name, fullName: input.fullName };
  if (input.password !== text('confirm')) {
    return {
      errors: { confirm: ['The two passwords do not match.'] },
      message: 'Check the highlighted fields.',
      fields,
    };
  }
  try {
    await createFirstAdmin(input);
  } catch (error) {
    if (error instanceof SetupAlreadyDoneError) notFound();
    if (error instanceof ValidationError) {
      return {
        errors: error.fieldErrors,
        message: error.fieldErrors['']?.join(' ') || 'Check the highlighted fields.',
        fields,
      };
    }
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

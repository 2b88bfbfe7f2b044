'use server';

import { redirect } from 'next/navigation';
import { requireActor, signIn } from '@/auth';
import type { FormState } from '@/components/newsroom/form-state';
import { ValidationError } from '@/lib/errors';
import { changeOwnPassword } from '@/db/people/staff';

export async function changePasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor();
  const current = String(form.get('current') ?? '');
  const next = String(form.get('next') ?? '');
  if (!current)
    return {
      errors: { current: ['Enter your current password.'] },
      message: 'Check the highlighted fields.',
    };
  if (next !== String(form.get('confirm') ?? '')) {
    return {
      errors: { confirm: ['The two new passwords do not match.'] },
      message: 'Check the highlighted fields.',
    };
  }
  try {
    await changeOwnPassword(actor, current, next);
  } catch (error) {
    if (error instanceof ValidationError)
      return { errors: error.fieldErrors, message: 'Check the highlighted fields.' };
    throw error;
  }
  // The change ended every session of this account, this one included; start a fresh one here.
  try {
    await signIn('credentials', { email: actor.email, password: next, redirect: false });
  } catch {
    redirect('/login?callbackUrl=%2Fnewsroom%2Faccount');
  }
  // A redirect, not a returned message: this request still carries the old, now ended, session
  // cookie, and only a fresh request carries the new one.
  redirect('/newsroom/account?password=changed');
}

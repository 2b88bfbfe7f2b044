'use server';
// A staff member's own password. The change ends every session of the account, this one included,
// so the action signs the person in again and then redirects rather than answering the form.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/auth';
import { guardedAction } from '@/app/newsroom/guarded-action';
import { changeOwnPassword } from '@/db/people/staff';

const text = z.string().default('');

// One problem at a time, in the order the form asks: the current password, then the repeat.
const passwordChange = z.object({ current: text, next: text, confirm: text }).superRefine((v, ctx) => {
  if (!v.current)
    ctx.addIssue({ code: 'custom', path: ['current'], message: 'Enter your current password.' });
  else if (v.next !== v.confirm)
    ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'The two new passwords do not match.' });
});

export const changePasswordAction = guardedAction({
  name: 'account.password',
  role: 'journalist',
  schema: passwordChange,
  summary: 'Check the highlighted fields.',
  run: async (actor, { current, next }) => {
    await changeOwnPassword(actor, current, next);
    return signInAgain(actor.email, next);
  },
  // A redirect, not a returned message: this request still carries the old, now ended, session
  // cookie, and only a fresh request carries the new one.
  done: (signedIn) =>
    redirect(signedIn ? '/newsroom/account?password=changed' : '/login?callbackUrl=%2Fnewsroom%2Faccount'),
});

/** A fresh session with the new password; false if that fails now (say, a throttled address). */
async function signInAgain(email: string, password: string): Promise<boolean> {
  try {
    await signIn('credentials', { email, password, redirect: false });
    return true;
  } catch {
    return false;
  }
}

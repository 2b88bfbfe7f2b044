'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/auth';
import type { FormState } from '@/components/newsroom/form-state';
import { isThrottled } from '@/db/people/login-attempts';
import { clientAddress, hashAddress } from '@/lib/client-address';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from '@/db/people/sign-in';
import { safeCallbackUrl, throttledMessage } from './messages';

const schema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .max(MAX_EMAIL_LENGTH, 'Enter your email address.'),
  password: z
    .string()
    .min(1, 'Enter your password.')
    .max(MAX_PASSWORD_LENGTH, 'Email or password is incorrect.'),
  callbackUrl: z.string().optional(),
});

export async function signInAction(_state: FormState, form: FormData): Promise<FormState> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  const email = String(form.get('email') ?? '');
  if (!parsed.success) {
    return {
      errors: z.flattenError(parsed.error).fieldErrors,
      message: 'Check the highlighted fields.',
      fields: { email },
    };
  }
  try {
    // Throttling, argon2 and the audit records happen in the provider's authorize() (auth.ts).
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    });
  } catch (error) {
    if (!(error instanceof AuthError) || error.type !== 'CredentialsSignin') throw error;
    if ((error as AuthError & { code?: string }).code === 'throttled') {
      const address = hashAddress(clientAddress(await headers()));
      const { retryAfterMs } = isThrottled(parsed.data.email, address);
      return { errors: {}, message: throttledMessage(retryAfterMs), fields: { email } };
    }
    return { errors: {}, message: 'Email or password is incorrect.', fields: { email } };
  }
  // The hidden field comes back from the browser, so it is checked again here, not trusted.
  redirect(safeCallbackUrl(parsed.data.callbackUrl));
}

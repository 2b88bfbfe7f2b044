'use server';

import { AuthError } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/auth';
import { fieldErrorsFromZod } from '@/lib/errors';
import type { FormState } from '@/lib/form-state';
import { isThrottled } from '@/db/people/login-attempts';
import { clientAddress, hashAddress } from '@/lib/client-address';
import { DEVICE_COOKIE, deviceCookieOptions, issueDeviceCookie, trustedDeviceId } from '@/lib/device-cookie';
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
  const values = { email: String(form.get('email') ?? '') };
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const errors = fieldErrorsFromZod(parsed.error);
    return { status: 'error', message: 'Check the highlighted fields.', errors, values };
  }
  const refusal = await signInRefusal(parsed.data.email, parsed.data.password);
  if (refusal) return { status: 'error', message: refusal, errors: {}, values };
  // The hidden field comes back from the browser, so it is checked again here, not trusted.
  redirect(safeCallbackUrl(parsed.data.callbackUrl));
}

/** Why signing in failed, in words for the form; null when it worked. */
async function signInRefusal(email: string, password: string): Promise<string | null> {
  try {
    // Throttling, argon2 and the audit records happen in the provider's authorize() (auth.ts).
    await signIn('credentials', { email, password, redirect: false });
    await rememberDevice(email);
    return null;
  } catch (error) {
    if (!(error instanceof AuthError) || error.type !== 'CredentialsSignin') throw error;
    if ((error as AuthError & { code?: string }).code !== 'throttled')
      return 'Email or password is incorrect.';
    const device = trustedDeviceId((await cookies()).get(DEVICE_COOKIE)?.value, email);
    const { retryAfterMs } = isThrottled(
      email,
      hashAddress(clientAddress(await headers())),
      Date.now(),
      device,
    );
    return throttledMessage(retryAfterMs);
  }
}

/**
 * This browser signed in to this account: from now on only its own failures can lock it out
 * (lib/device-cookie.ts). A device already trusted for this email keeps its id and its slate.
 */
async function rememberDevice(email: string): Promise<void> {
  const jar = await cookies();
  if (trustedDeviceId(jar.get(DEVICE_COOKIE)?.value, email)) return;
  const secure =
    (await headers()).get('x-forwarded-proto') === 'https' ||
    process.env.AUTH_URL?.startsWith('https:') === true;
  jar.set(DEVICE_COOKIE, issueDeviceCookie(email), deviceCookieOptions(secure));
}

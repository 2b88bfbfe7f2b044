import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getActor } from '@/auth';
import { AuthPanel } from '@/components/newsroom/auth-panel';
import { LoginForm } from '@/components/newsroom/login-form';
import { SITE_NAME } from '@/components/site/site-config';
import { hasAccountThatCanSignIn, hasAdmin } from '@/db/people/setup';
import { signInAction } from './actions';
import { safeCallbackUrl } from './messages';

export const metadata: Metadata = {
  title: 'Sign in',
  description: 'Sign in to the newsroom.',
  robots: { index: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(
    typeof params.callbackUrl === 'string' ? params.callbackUrl : undefined,
  );
  if (await getActor()) redirect(callbackUrl);
  const adminExists = hasAdmin();
  // A fresh install has nobody who could sign in: the only useful next step is the setup.
  if (!adminExists && !hasAccountThatCanSignIn()) redirect('/setup');
  // Auth.js sends a failed sign-in posted straight to its endpoint back here with ?error=…
  const initialMessage =
    params.error === 'CredentialsSignin'
      ? params.code === 'throttled'
        ? 'Too many failed sign-in attempts. Try again later.'
        : 'Email or password is incorrect.'
      : '';
  return (
    <AuthPanel
      siteName={SITE_NAME}
      title="Sign in"
      intro="For journalists, editors and admins of the newsroom."
      notice={
        adminExists ? undefined : (
          <>
            This newsroom has no administrator yet. <Link href="/setup">Set up the newsroom</Link>.
          </>
        )
      }
    >
      <LoginForm action={signInAction} callbackUrl={callbackUrl} initialMessage={initialMessage} />
    </AuthPanel>
  );
}

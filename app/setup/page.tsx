import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthPanel } from '@/components/newsroom/auth-panel';
import { SetupForm } from '@/components/newsroom/setup-form';
import { SITE_NAME } from '@/components/site/site-config';
import { PASSWORD_RULES } from '@/lib/passwords';
import { hasAdmin } from '@/db/people/setup';
import { setupAction } from './actions';

export const metadata: Metadata = {
  title: 'Set up the newsroom',
  description: 'Create the first administrator.',
  robots: { index: false },
};

// Read per request: the page exists only while the database has no admin.
export const dynamic = 'force-dynamic';

export default function SetupPage() {
  if (hasAdmin()) notFound();
  return (
    <AuthPanel
      siteName={SITE_NAME}
      title="Set up the newsroom"
      intro="Create the first administrator. This page disappears once an admin exists; more staff are added from the newsroom's Staff page."
    >
      <SetupForm action={setupAction} minPasswordLength={PASSWORD_RULES.minLength} />
    </AuthPanel>
  );
}

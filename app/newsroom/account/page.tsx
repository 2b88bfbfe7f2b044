import type { Metadata } from 'next';
import { requireActor } from '@/auth';
import { PasswordForm } from '@/components/newsroom/password-form';
import styles from '@/components/newsroom/staff.module.css';
import { PASSWORD_RULES } from '@/lib/passwords';
import { changePasswordAction } from './actions';

export const metadata: Metadata = { title: 'Account' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const actor = await requireActor();
  const changed = (await searchParams).password === 'changed';
  return (
    <>
      <h1 className={styles.heading}>Your account</h1>
      <dl className={styles.lede}>
        <dt>Byline name</dt>
        <dd>{actor.name}</dd>
        <dt>Email</dt>
        <dd>{actor.email}</dd>
        <dt>Role</dt>
        <dd>{actor.role}</dd>
      </dl>
      <h2 className={styles.subheading}>Change your password</h2>
      <PasswordForm
        action={changePasswordAction}
        minPasswordLength={PASSWORD_RULES.minLength}
        doneMessage={
          changed ? 'Your password has been changed. Your other sessions have been signed out.' : ''
        }
      />
    </>
  );
}

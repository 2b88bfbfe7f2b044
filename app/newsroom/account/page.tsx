import type { Metadata } from 'next';
import { requireActor } from '@/auth';
import { PasswordForm } from '@/components/newsroom/password-form';
import styles from '@/components/newsroom/staff.module.css';
import { PASSWORD_RULES } from '@/db/passwords';
import { changePasswordAction } from './actions';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const actor = await requireActor();
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
      <PasswordForm action={changePasswordAction} minPasswordLength={PASSWORD_RULES.minLength} />
    </>
  );
}

import type { Metadata } from 'next';
import { requireActor } from '@/auth';
import { StaffCreateForm } from '@/components/newsroom/staff-create-form';
import { StaffTable } from '@/components/newsroom/staff-table';
import styles from '@/components/newsroom/staff.module.css';
import { ROLES } from '@/db/schema';
import { listStaff } from '@/db/people/staff';
import { listStaffDesks } from '@/db/people/desks';
import { listEditions } from '@/db/editions/editions';
import { createStaffAction, staffDeskAction, staffRowAction } from './actions';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const actor = await requireActor('admin');
  const staff = listStaff(actor);
  const editions = listEditions();
  // A one-language newsroom has nothing to limit: no desk column at all.
  const desks =
    editions.length > 1
      ? {
          editions: editions.map(({ id, name, tag }) => ({ id, name, tag })),
          byUser: listStaffDesks(actor),
          action: staffDeskAction,
        }
      : null;
  return (
    <>
      <h1 className={styles.heading}>Staff</h1>
      <p className={styles.lede}>
        Journalists write and submit; editors also publish and manage sections and tags; admins also manage
        staff, moderation and the audit log. Disabling an account, resetting its password or “Sign out
        everywhere” ends every session of that account at once, even a copied session cookie.
        {desks &&
          ' A desk limits a journalist or editor to some editions; with none ticked they work in all.'}
      </p>
      <h2 className={styles.subheading} id="add-staff-heading">
        Add a staff member
      </h2>
      <StaffCreateForm action={createStaffAction} roles={ROLES} />
      <h2 className={styles.subheading}>Accounts</h2>
      <StaffTable staff={staff} roles={ROLES} selfId={actor.id} action={staffRowAction} desks={desks} />
    </>
  );
}

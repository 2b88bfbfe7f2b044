'use server';
// Staff administration (admins): create an account, and one action for the buttons of every row
// (role, disable, enable, reset password), so the table shares one live message region. A new
// temporary password travels in `secret`, which the forms show once, set apart from the message.
import { z } from 'zod';
import { guardedAction } from '@/app/newsroom/guarded-action';
import type { StaffFormState } from '@/components/newsroom/staff-types';
import type { Actor } from '@/db/people/permissions';
import { ROLES, type Role } from '@/db/schema';
import {
  changeRole,
  disableAccount,
  enableAccount,
  inviteOrCreateStaff,
  resetPassword,
} from '@/db/people/staff';
import { setStaffDesk } from '@/db/people/desks';
import { signOutEverywhere } from '@/db/people/sessions';
import { getUserById } from '@/db/people/users';
import { ValidationError } from '@/lib/errors';

type Answer = Partial<StaffFormState> & { message: string };

const newStaff = z.object({
  email: z.string(),
  name: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES, { error: 'Choose a role.' }),
});

export const createStaffAction = guardedAction({
  name: 'staff.create',
  role: 'admin',
  schema: newStaff,
  keep: ['email', 'name', 'fullName', 'role'],
  run: (actor, input) => inviteOrCreateStaff(actor, input),
  done: ({ user, temporaryPassword }): Answer => ({
    message: `Created ${user.name} (${user.email}) as ${user.role}. Temporary password: ${temporaryPassword}`,
    secret: temporaryPassword,
  }),
});

const staffRow = z.object({
  intent: z.enum(['role', 'disable', 'enable', 'reset', 'signout']),
  userId: z.coerce.number().int().positive(),
  role: z.enum(ROLES).optional(),
});
type StaffRow = z.output<typeof staffRow>;

export const staffRowAction = guardedAction({
  name: 'staff.row',
  role: 'admin',
  schema: staffRow,
  invalid: 'That request was not understood. Reload the page and try again.',
  run: async (actor, row) => {
    // Read before the write: the message names the account as the admin saw it.
    const name = getUserById(row.userId)?.name ?? 'that account';
    return { name, secret: await applyRow(actor, row) };
  },
  done: rowMessage,
});

type RowOutcome = { name: string; secret?: string };

/** Makes the change a row's button asks for; a password reset returns the new temporary password. */
async function applyRow(actor: Actor, { intent, userId, role }: StaffRow): Promise<string | undefined> {
  if (intent === 'role') changeRole(actor, userId, requireChosen(role));
  else if (intent === 'disable') disableAccount(actor, userId);
  else if (intent === 'enable') enableAccount(actor, userId);
  else if (intent === 'signout') signOutEverywhere(actor, userId);
  else return (await resetPassword(actor, userId)).temporaryPassword;
}

function requireChosen(role: Role | undefined): Role {
  if (!role) throw new ValidationError({ role: ['Choose a role.'] });
  return role;
}

function rowMessage({ name, secret }: RowOutcome, { intent, role }: StaffRow): Answer | string {
  if (secret)
    return {
      message: `New temporary password for ${name}: ${secret}. Their old sessions have ended.`,
      secret,
    };
  if (intent === 'role') return `${name} is now ${role === 'admin' ? 'an' : 'a'} ${role}.`;
  if (intent === 'disable') return `${name} is disabled and signed out everywhere.`;
  if (intent === 'signout') return `${name} is signed out everywhere.`;
  return `${name} can sign in again.`;
}

const staffDesk = z.object({ userId: z.coerce.number().int().positive() });

/**
 * A staff member's desk: the ticked editions (repeated `editionId` fields, read from the form
 * itself); none ticked is every edition. Public pages do not change, so nothing expires.
 */
export const staffDeskAction = guardedAction({
  name: 'staff.desk',
  role: 'admin',
  schema: staffDesk,
  invalid: 'That request was not understood. Reload the page and try again.',
  run: (actor, { userId }, data) =>
    setStaffDesk(
      actor,
      userId,
      data.getAll('editionId').map((v) => Number(v)),
    ),
  done: ({ name, editions }) =>
    editions.length
      ? `${name} now works in ${editions.map((e) => e.name).join(', ')} only.`
      : `${name} now works in every edition.`,
});

// Staff administration (issue 3): admins create accounts, change roles, disable, enable and reset
// passwords. Disabling or a new password bumps session_version, which ends the account's sessions
// on its next request. The last enabled admin can be neither demoted nor disabled.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import { recordAudit } from './audit';
import { endAllSessions } from './sessions';
import { ValidationError } from '@/lib/errors';
import { getDb, type Executor } from '@/db';
import { hashPassword, validatePassword, verifyPassword } from '@/lib/passwords';
import { requireRole, type Actor } from './permissions';
import { ROLES, users, type Role } from '@/db/schema';
import {
  createUser,
  getUserById,
  listUsers,
  setUserPassword,
  type CreatedUser,
  type StaffListItem,
} from './users';

const ADMINS_ONLY = 'Only an admin can manage staff accounts.';

// Read-then-write transactions take the write lock up front: a deferred one would fail with
// SQLITE_BUSY_SNAPSHOT if another process wrote between its read and its write.
const IMMEDIATE = { behavior: 'immediate' } as const;

export function listStaff(actor: Actor): StaffListItem[] {
  requireRole(actor, 'admin', ADMINS_ONLY);
  return listUsers(actor);
}

/** A password to hand over once, in person; the account's owner should change it. */
export function generateTemporaryPassword(): string {
  return randomBytes(12).toString('base64url');
}

export type NewStaffInput = { email: string; name: string; fullName: string; role: Role };

/** Creates an account with a temporary password, returned once for the admin to pass on. */
export async function inviteOrCreateStaff(
  actor: Actor,
  input: NewStaffInput,
): Promise<{ user: CreatedUser; temporaryPassword: string }> {
  requireRole(actor, 'admin', ADMINS_ONLY);
  const temporaryPassword = generateTemporaryPassword();
  const user = await createUser({ ...input, password: temporaryPassword }, actor);
  return { user, temporaryPassword };
}

export function changeRole(actor: Actor, userId: number, role: Role): void {
  requireRole(actor, 'admin', ADMINS_ONLY);
  if (!ROLES.includes(role))
    throw new ValidationError({ role: [`Role must be one of: ${ROLES.join(', ')}.`] });
  getDb().transaction((tx) => {
    const target = requireAccount(tx, userId);
    if (target.role === role) return;
    if (target.role === 'admin') refuseLastAdmin(tx, userId, 'demote');
    tx.update(users).set({ role, updatedAt: Date.now() }).where(eq(users.id, userId)).run();
    recordAudit(
      {
        actorId: actor.id,
        action: 'user.role',
        targetType: 'user',
        targetId: userId,
        detail: { from: target.role, to: role },
      },
      tx,
    );
  }, IMMEDIATE);
}

export function disableAccount(actor: Actor, userId: number): void {
  requireRole(actor, 'admin', ADMINS_ONLY);
  getDb().transaction((tx) => {
    const target = requireAccount(tx, userId);
    if (target.disabled) return;
    if (target.role === 'admin') refuseLastAdmin(tx, userId, 'disable');
    tx.update(users)
      .set({ disabled: true, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: Date.now() })
      .where(eq(users.id, userId))
      .run();
    endAllSessions(userId, tx);
    recordAudit(
      {
        actorId: actor.id,
        action: 'user.disable',
        targetType: 'user',
        targetId: userId,
        detail: { email: target.email },
      },
      tx,
    );
  }, IMMEDIATE);
}

export function enableAccount(actor: Actor, userId: number): void {
  requireRole(actor, 'admin', ADMINS_ONLY);
  getDb().transaction((tx) => {
    const target = requireAccount(tx, userId);
    if (!target.disabled) return;
    tx.update(users).set({ disabled: false, updatedAt: Date.now() }).where(eq(users.id, userId)).run();
    recordAudit(
      {
        actorId: actor.id,
        action: 'user.enable',
        targetType: 'user',
        targetId: userId,
        detail: { email: target.email },
      },
      tx,
    );
  }, IMMEDIATE);
}

/** Sets a new password (a generated one unless given) and ends the account's sessions. */
export async function resetPassword(
  actor: Actor,
  userId: number,
  password?: string,
): Promise<{ temporaryPassword: string }> {
  requireRole(actor, 'admin', ADMINS_ONLY);
  const temporaryPassword = password ?? generateTemporaryPassword();
  await setUserPassword(userId, temporaryPassword, actor);
  return { temporaryPassword };
}

/** Any staff member's own password; ends their other sessions (the caller signs them in again). */
export async function changeOwnPassword(actor: Actor, current: string, next: string): Promise<void> {
  requireRole(actor, 'journalist');
  const account = getUserById(actor.id);
  if (!account || account.disabled) throw new ValidationError({ current: ['This account cannot sign in.'] });
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, current)))
    throw new ValidationError({ current: ['The current password is not correct.'] });
  const problem = validatePassword(next);
  if (problem) throw new ValidationError({ next: [problem] });
  if (next === current)
    throw new ValidationError({ next: ['The new password must differ from the current one.'] });
  const passwordHash = await hashPassword(next);
  getDb().transaction((tx) => {
    tx.update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: Date.now() })
      .where(eq(users.id, actor.id))
      .run();
    endAllSessions(actor.id, tx);
    recordAudit(
      {
        actorId: actor.id,
        action: 'user.password',
        targetType: 'user',
        targetId: actor.id,
        detail: { by: 'self' },
      },
      tx,
    );
  }, IMMEDIATE);
}

function requireAccount(tx: Executor, userId: number) {
  const row = tx
    .select({ id: users.id, email: users.email, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!row) throw new ValidationError({ user: ['No such account.'] });
  return row;
}

/** Someone must always be able to administer the newsroom. */
function refuseLastAdmin(tx: Executor, userId: number, verb: 'demote' | 'disable'): void {
  const others =
    tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, userId)))
      .get()?.n ?? 0;
  if (others === 0)
    throw new ValidationError({
      role: [`You cannot ${verb} the last admin: make someone else an admin first.`],
    });
}

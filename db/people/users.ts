// Staff accounts and the authors they write as. Creating staff is an admin's job; the CLI and the
// first-run setup act as 'operator', which stands for whoever holds the server itself.
import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from './audit';
import { endAllSessions } from './sessions';
import { getDb } from '@/db';
import { fieldErrorsFromZod, ValidationError } from '@/lib/errors';
import { hashPassword, validatePassword } from '@/lib/passwords';
import { requireRole, type Actor } from './permissions';
import { ROLES, users, type Role } from '@/db/schema';
import { slugify } from '@/lib/slugs';
import { refuseDisguised } from '@/lib/visible-text';

export type Operator = 'operator';

// createUser reads (email, slug) before it writes: a deferred transaction would fail with
// SQLITE_BUSY_SNAPSHOT if another process wrote in between, so it takes the write lock first.
const IMMEDIATE = { behavior: 'immediate' } as const;

const requiredText = (label: string) =>
  z.string({
    error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be text.`),
  });

const newUserSchema = z.object({
  email: requiredText('Email')
    .trim()
    .toLowerCase()
    .max(254, 'Email must be at most 254 characters.')
    .pipe(z.email('Enter a valid email address.')),
  name: requiredText('Byline name')
    .trim()
    .min(2, 'Byline name must be at least 2 characters.')
    .max(40, 'Byline name must be at most 40 characters.')
    .superRefine(refuseDisguised('The byline name')),
  fullName: requiredText('Full name')
    .trim()
    .min(2, 'Full name must be at least 2 characters.')
    .max(100, 'Full name must be at most 100 characters.')
    .superRefine(refuseDisguised('The full name')),
  role: z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(', ')}.` }),
  password: z
    .string({ error: 'Password must be text.' })
    .nullable()
    .superRefine((value, ctx) => {
      const problem = value === null ? null : validatePassword(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  bio: z.string().trim().max(1000, 'Bio must be at most 1000 characters.').optional(),
});

export type NewUserInput = z.input<typeof newUserSchema>;
export type CreatedUser = { id: number; email: string; name: string; slug: string; role: Role };

export type UserAccount = {
  id: number;
  email: string;
  passwordHash: string | null;
  name: string;
  fullName: string;
  role: Role;
  disabled: boolean;
  sessionVersion: number;
};

const accountColumns = {
  id: users.id,
  email: users.email,
  passwordHash: users.passwordHash,
  name: users.name,
  fullName: users.fullName,
  role: users.role,
  disabled: users.disabled,
  sessionVersion: users.sessionVersion,
};

export function actorIdOf(actor: Actor | Operator): number | null {
  return actor === 'operator' ? null : actor.id;
}

export function requireOperatorOrAdmin(actor: Actor | Operator): void {
  if (actor !== 'operator') requireRole(actor, 'admin', 'Only an admin can manage staff accounts.');
}

/** The first free slug among `base`, `base-2`, `base-3`… in the given set. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export async function createUser(input: NewUserInput, actor: Actor | Operator): Promise<CreatedUser> {
  requireOperatorOrAdmin(actor);
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const data = parsed.data;
  if (getUserByEmail(data.email)) throw duplicateEmail();
  // Hash outside the transaction: better-sqlite3 transactions are synchronous.
  const passwordHash = data.password === null ? null : await hashPassword(data.password);
  const db = getDb();
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, data.email)).get())
      throw duplicateEmail();
    const slug = uniqueSlug(slugify(data.name, 60), (s) =>
      Boolean(tx.select({ id: users.id }).from(users).where(eq(users.slug, s)).get()),
    );
    const row = tx
      .insert(users)
      .values({
        email: data.email,
        passwordHash,
        name: data.name,
        fullName: data.fullName,
        slug,
        role: data.role,
        bio: data.bio ?? '',
      })
      .returning({ id: users.id, email: users.email, name: users.name, slug: users.slug, role: users.role })
      .get();
    recordAudit(
      {
        actorId: actorIdOf(actor),
        action: 'user.create',
        targetType: 'user',
        targetId: row.id,
        detail: { email: row.email, role: row.role, by: actor === 'operator' ? 'operator' : 'admin' },
      },
      tx,
    );
    return row;
  }, IMMEDIATE);
}

function duplicateEmail(): ValidationError {
  return new ValidationError({ email: ['An account with this email already exists.'] });
}

/** Sets a new password and ends the account's existing sessions (issue 3). */
export async function setUserPassword(userId: number, plain: string, actor: Actor | Operator): Promise<void> {
  requireOperatorOrAdmin(actor);
  const problem = validatePassword(plain);
  if (problem) throw new ValidationError({ password: [problem] });
  const passwordHash = await hashPassword(plain);
  const db = getDb();
  db.transaction((tx) => {
    const changed = tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: Date.now() })
      .where(eq(users.id, userId))
      .run();
    if (changed.changes === 0) throw new ValidationError({ user: ['No such account.'] });
    endAllSessions(userId, tx);
    recordAudit(
      {
        actorId: actorIdOf(actor),
        action: 'user.password',
        targetType: 'user',
        targetId: userId,
        detail: { by: actor === 'operator' ? 'operator' : 'admin' },
      },
      tx,
    );
  });
}

export function getUserByEmail(email: string): UserAccount | null {
  const db = getDb();
  const row = db.select(accountColumns).from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  return row ?? null;
}

export function getUserById(id: number): UserAccount | null {
  const row = getDb().select(accountColumns).from(users).where(eq(users.id, id)).get();
  return row ?? null;
}

export type StaffListItem = {
  id: number;
  email: string;
  name: string;
  fullName: string;
  slug: string;
  role: Role;
  disabled: boolean;
  canSignIn: boolean;
};

/** Every account, for the operator's `npm run user -- list` and an admin's staff page. */
export function listUsers(actor: Actor | Operator): StaffListItem[] {
  requireOperatorOrAdmin(actor);
  return getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      fullName: users.fullName,
      slug: users.slug,
      role: users.role,
      disabled: users.disabled,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .orderBy(asc(users.id))
    .all()
    .map(({ passwordHash, ...user }) => ({ ...user, canSignIn: passwordHash !== null && !user.disabled }));
}

// First-run setup (issue 3): while the database has no admin, /setup creates the first one; after
// that it is gone. The operator's CLI (`npm run user -- add`) stays the scriptable way.
import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { DomainError, ValidationError } from '@/lib/errors';
import { settings, users } from '@/db/schema';
import { createUser, type CreatedUser, type NewUserInput } from './users';

const CLAIM_KEY = 'setup.first-admin-claim';
// Takes the write lock before the "no admin yet" check, so another process cannot slip in between.
const IMMEDIATE = { behavior: 'immediate' } as const;

/** The setup page is gone once an admin exists: its action answers 404, like the page. */
export class SetupAlreadyDoneError extends DomainError {
  override readonly status = 404;
  constructor() {
    super('This newsroom already has an administrator.');
    this.name = 'SetupAlreadyDoneError';
  }
}

export function hasAdmin(): boolean {
  return Boolean(getDb().select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1).get());
}

/** Whether anyone at all could sign in: if not, /login has nothing to offer but the setup. */
export function hasAccountThatCanSignIn(): boolean {
  return Boolean(
    getDb()
      .select({ id: users.id })
      .from(users)
      .where(and(isNotNull(users.passwordHash), eq(users.disabled, false)))
      .limit(1)
      .get(),
  );
}

export type FirstAdminInput = Omit<NewUserInput, 'role' | 'bio'> & { password: string };

/**
 * Creates the first admin, once. Hashing makes createUser asynchronous, so it cannot run inside
 * one synchronous SQLite transaction with the "no admin yet" check; instead a transaction checks
 * and claims a settings row whose primary key lets only one of two racing submissions through.
 */
export async function createFirstAdmin(input: FirstAdminInput): Promise<CreatedUser> {
  const db = getDb();
  db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1).get())
      throw new SetupAlreadyDoneError();
    const claimed = tx
      .insert(settings)
      .values({ key: CLAIM_KEY, value: String(Date.now()) })
      .onConflictDoNothing()
      .run();
    if (claimed.changes === 0)
      throw new ValidationError({
        '': ['The newsroom is being set up in another window. Reload in a moment.'],
      });
  }, IMMEDIATE);
  try {
    return await createUser({ ...input, role: 'admin' }, 'operator');
  } finally {
    db.delete(settings).where(eq(settings.key, CLAIM_KEY)).run();
  }
}

// Desks (issue 11): the editions a staff member works in. An Arabic desk editor writes, edits and
// publishes only in Arabic. No rows means every edition, so a one-desk newsroom never sets this, and
// an admin is never limited. Read on every check (one primary-key range), never kept in the session,
// so a change applies to the very next action.
// API:
//   deskEditionIds(userId, db?) → the user's editions, [] for every edition
//   mayWorkIn(actor, editionId, db?) → boolean
//   deskRefusal(actor, editionId, db?) → requireDesk's message, or null when the actor may work there
//   requireDesk(actor, editionId, db?) → throws PermissionError naming the actor's editions
//   editionsForDesk(actor, all, db?) → those of `all` the actor may work in (the new-article choice)
//   listStaffDesks(actor) → { [userId]: editionIds } for the staff page (admins only; absent = every edition)
//   setStaffDesk(actor, userId, editionIds) → the desk as set (admins or the operator's CLI; [] = every edition)
import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb, type Reader } from '@/db';
import { ValidationError } from '@/lib/errors';
import { recordAudit } from './audit';
import { PermissionError, requireRole, type Actor } from './permissions';
import { actorIdOf, type Operator } from './users';
import { editions, staffEditions, users } from '@/db/schema';

const ADMINS_ONLY = 'Only an admin can choose the editions a staff member works in.';

export function deskEditionIds(userId: number, db: Reader = getDb()): number[] {
  return db
    .select({ editionId: staffEditions.editionId })
    .from(staffEditions)
    .where(eq(staffEditions.userId, userId))
    .orderBy(asc(staffEditions.editionId))
    .all()
    .map((r) => r.editionId);
}

export function mayWorkIn(actor: Actor, editionId: number, db: Reader = getDb()): boolean {
  if (actor.role === 'admin') return true;
  const desk = deskEditionIds(actor.id, db);
  return desk.length === 0 || desk.includes(editionId);
}

export function editionsForDesk<E extends { id: number }>(actor: Actor, all: E[], db: Reader = getDb()): E[] {
  if (actor.role === 'admin') return all;
  const desk = deskEditionIds(actor.id, db);
  return desk.length === 0 ? all : all.filter((e) => desk.includes(e.id));
}

/** Why the actor may not work in the edition, or null when they may (the editor shows it read-only). */
export function deskRefusal(actor: Actor, editionId: number, db: Reader = getDb()): string | null {
  if (mayWorkIn(actor, editionId, db)) return null;
  const names = db
    .select({ name: editions.name })
    .from(editions)
    .where(inArray(editions.id, deskEditionIds(actor.id, db)))
    .orderBy(asc(editions.position), asc(editions.id))
    .all()
    .map((e) => e.name);
  return `You work in the ${names.join(', ')} edition${names.length > 1 ? 's' : ''} only.`;
}

export function requireDesk(actor: Actor, editionId: number, db: Reader = getDb()): void {
  const refusal = deskRefusal(actor, editionId, db);
  if (refusal) throw new PermissionError(refusal);
}

/** Every limited account's editions; an account not listed works in every edition. Admins only. */
export function listStaffDesks(actor: Actor): Record<number, number[]> {
  requireRole(actor, 'admin', ADMINS_ONLY);
  const desks: Record<number, number[]> = {};
  const rows = getDb()
    .select()
    .from(staffEditions)
    .orderBy(asc(staffEditions.userId), asc(staffEditions.editionId))
    .all();
  for (const { userId, editionId } of rows) (desks[userId] ??= []).push(editionId);
  return desks;
}

export type StaffDesk = { userId: number; name: string; editions: { id: number; name: string }[] };

/**
 * Limits a staff member to `editionIds` ([] lifts the limit). Admins (or the operator's `npm run user`)
 * only, and never on an admin, who works in every edition. Public pages do not change: a desk decides
 * who may write, not what readers see, so nothing is expired.
 */
export function setStaffDesk(actor: Actor | Operator, userId: number, editionIds: number[]): StaffDesk {
  if (actor !== 'operator') requireRole(actor, 'admin', ADMINS_ONLY);
  const wanted = [...new Set(editionIds)].sort((a, b) => a - b);
  return getDb().transaction(
    (tx) => {
      const target = tx
        .select({ name: users.name, role: users.role })
        .from(users)
        .where(eq(users.id, userId))
        .get();
      if (!target) throw new ValidationError({ user: ['No such account.'] });
      if (target.role === 'admin')
        throw new ValidationError({
          editions: [`${target.name} is an admin: admins work in every edition.`],
        });
      const chosen = knownEditions(tx, wanted);
      const before = deskEditionIds(userId, tx);
      if (before.join() !== wanted.join()) {
        tx.delete(staffEditions).where(eq(staffEditions.userId, userId)).run();
        if (wanted.length)
          tx.insert(staffEditions)
            .values(wanted.map((editionId) => ({ userId, editionId })))
            .run();
        recordAudit(
          {
            actorId: actorIdOf(actor),
            action: 'user.desk',
            targetType: 'user',
            targetId: userId,
            detail: { from: deskText(tagsOf(tx, before)), to: deskText(chosen.map((e) => e.tag)) },
          },
          tx,
        );
      }
      return { userId, name: target.name, editions: chosen.map(({ id, name }) => ({ id, name })) };
    },
    { behavior: 'immediate' },
  );
}

/** The editions `ids` name, in the newsroom's order; an id no edition has is refused by number. */
function knownEditions(db: Reader, ids: number[]) {
  const bad = ids.filter((id) => !Number.isSafeInteger(id) || id < 1);
  if (bad.length) throw new ValidationError({ editions: ['Choose editions from the list.'] });
  const found = ids.length
    ? db
        .select({ id: editions.id, name: editions.name, tag: editions.tag })
        .from(editions)
        .where(inArray(editions.id, ids))
        .orderBy(asc(editions.position), asc(editions.id))
        .all()
    : [];
  const missing = ids.filter((id) => !found.some((e) => e.id === id));
  if (missing.length)
    throw new ValidationError({
      editions: [`There is no edition with id ${missing.join(', ')}; reload the page and choose again.`],
    });
  return found;
}

/** "ar, id", or "every edition" for no limit: the audit log is read by people. */
function deskText(tags: string[]): string {
  return tags.length ? tags.join(', ') : 'every edition';
}

/** The audit names editions by language tag: an id means nothing to a reader of the log. */
function tagsOf(db: Reader, ids: number[]): string[] {
  if (!ids.length) return [];
  return db
    .select({ tag: editions.tag })
    .from(editions)
    .where(inArray(editions.id, ids))
    .orderBy(asc(editions.position), asc(editions.id))
    .all()
    .map((e) => e.tag);
}

// Desks (issue 11): the editions a staff member works in. An Arabic desk editor writes, edits and
// publishes only in Arabic. No rows means every edition, so a one-desk newsroom never sets this, and
// an admin is never limited. Read on every check (one primary-key range), never kept in the session,
// so a change applies to the very next action.
// API:
//   deskEditionIds(userId, db?) → the user's editions, [] for every edition
//   mayWorkIn(actor, editionId, db?) → boolean
//   requireDesk(actor, editionId, db?) → throws PermissionError naming the actor's editions
import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb, type Reader } from '@/db';
import { PermissionError, type Actor } from './permissions';
import { editions, staffEditions } from '@/db/schema';

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

export function requireDesk(actor: Actor, editionId: number, db: Reader = getDb()): void {
  if (mayWorkIn(actor, editionId, db)) return;
  const names = db
    .select({ name: editions.name })
    .from(editions)
    .where(inArray(editions.id, deskEditionIds(actor.id, db)))
    .orderBy(asc(editions.position), asc(editions.id))
    .all()
    .map((e) => e.name);
  throw new PermissionError(
    `You work in the ${names.join(', ')} edition${names.length > 1 ? 's' : ''} only.`,
  );
}

// Server-side sessions (issue 12): the signed cookie only names a session; this table decides
// whether it is still alive. Sign-out deletes the row, so a copied cookie stops working at once.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { sessions } from '@/db/schema';
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from '@/lib/session-times';
import { recordAudit } from './audit';
import { requireRole, type Actor } from './permissions';

const IDLE_LIMIT_MS = SESSION_MAX_AGE_SECONDS * 1000;
const TOUCH_EVERY_MS = SESSION_UPDATE_AGE_SECONDS * 1000;

/** Opens a session for a user who has just proved their password; returns its id for the cookie. */
export function startSession(userId: number, now = Date.now()): string {
  const id = randomBytes(32).toString('base64url');
  const db = getDb();
  db.transaction((tx) => {
    // Sessions idle for longer than a cookie can live are dead anyway; clear them as we go.
    tx.delete(sessions)
      .where(lt(sessions.lastSeenAt, now - IDLE_LIMIT_MS))
      .run();
    tx.insert(sessions).values({ id, userId, createdAt: now, lastSeenAt: now }).run();
  });
  return id;
}

/**
 * Whether the session is alive for this user. A live session's last-seen time moves on at most
 * every few minutes, so a page view costs one indexed read and only rarely a write.
 */
export function checkSession(sessionId: string, userId: number, now = Date.now()): boolean {
  const db = getDb();
  const row = db
    .select({ userId: sessions.userId, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(eq(sessions.id, sessionId))
    .get();
  if (!row || row.userId !== userId) return false;
  if (row.lastSeenAt < now - IDLE_LIMIT_MS) return false;
  if (row.lastSeenAt < now - TOUCH_EVERY_MS)
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId)).run();
  return true;
}

/** Sign-out: this one session ends, wherever its cookie has been copied to. */
export function endSession(sessionId: string): void {
  getDb().delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Ends every session of an account (password change, disabling); pass the write's transaction. */
export function endAllSessions(userId: number, db: Executor = getDb()): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

/**
 * "Sign out everywhere": staff may end all their own sessions, an admin anyone's. Returns how
 * many sessions ended.
 */
export function signOutEverywhere(actor: Actor, userId: number): number {
  if (userId !== actor.id) requireRole(actor, 'admin', 'Only an admin can sign another account out.');
  return getDb().transaction((tx) => {
    const ended = endAllSessions(userId, tx);
    recordAudit(
      {
        actorId: actor.id,
        action: 'user.signout-everywhere',
        targetType: 'user',
        targetId: userId,
        affected: ended,
      },
      tx,
    );
    return ended;
  });
}

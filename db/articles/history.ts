// An article's workflow history as the editor shows it: every transition (who, when, from, to,
// comment) and the latest send-back, which the author sees until the article moves on.
// API:
//   listTransitions(actor, id) → TransitionView[] (oldest first)
//   latestSendBack(db, articleId) → { comment, by, at } | null
import 'server-only';
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { getDb, type Reader } from '@/db';
import { requireArticleReadable } from './access';
import type { Actor } from '@/db/people/permissions';
import { transitions, users } from '@/db/schema';

export type TransitionView = {
  id: number;
  from: string;
  to: string;
  comment: string;
  actorId: number | null;
  actorName: string;
  at: number;
};

export type SentBack = { comment: string; by: string; at: number };

export async function listTransitions(actor: Actor, id: number): Promise<TransitionView[]> {
  const db = getDb();
  requireArticleReadable(actor, id, db);
  return (
    db
      .select({
        id: transitions.id,
        from: transitions.fromStatus,
        to: transitions.toStatus,
        comment: transitions.comment,
        actorId: transitions.actorId,
        actorName: users.name,
        at: transitions.createdAt,
      })
      .from(transitions)
      .leftJoin(users, eq(users.id, transitions.actorId))
      .where(eq(transitions.articleId, id))
      // Insertion order is the order things happened, even within one millisecond.
      .orderBy(asc(transitions.id))
      .all()
      .map((t) => ({ ...t, actorName: t.actorName ?? 'someone' }))
  );
}

/** The last move, when it was a send-back with a comment (callers ask only while it is a draft). */
export function latestSendBack(db: Reader, articleId: number): SentBack | null {
  const last = db
    .select({
      to: transitions.toStatus,
      comment: transitions.comment,
      at: transitions.createdAt,
      by: users.name,
    })
    .from(transitions)
    .leftJoin(users, eq(users.id, transitions.actorId))
    .where(and(eq(transitions.articleId, articleId), ne(transitions.fromStatus, 'new')))
    .orderBy(desc(transitions.id))
    .get();
  return last && last.to === 'draft' && last.comment
    ? { comment: last.comment, by: last.by ?? '', at: last.at }
    : null;
}

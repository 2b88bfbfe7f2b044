// Article-wide moderation: lock and unlock a rating, reset the view count. Same rules as the vote
// removals: admins only, a reason, one immediate transaction with its audit row.
import 'server-only';
import { sql } from 'drizzle-orm';
import { recordAudit } from '@/db/people/audit';
import { requireModerator } from './console';
import { articleRefs } from '@/db/affected';
import { articleTitle, immediate } from './actions';
import { MODERATION_ACTIONS, ModerationError, plural, requireReason, type ActionResult } from './rules';
import type { Actor } from '@/db/people/permissions';

function setLocked(
  actor: Actor,
  articleId: number,
  locked: boolean,
  reason: string,
  now: number,
): ActionResult {
  requireModerator(actor);
  const why = requireReason(reason);
  return immediate((tx) => {
    const title = articleTitle(tx, articleId);
    const changed = tx.run(
      sql`UPDATE articles SET rating_locked = ${locked ? 1 : 0} WHERE id = ${articleId} AND rating_locked = ${locked ? 0 : 1}`,
    ).changes;
    if (!changed)
      throw new ModerationError(
        locked
          ? 'Ratings are already closed for this article.'
          : 'Ratings are already open for this article.',
      );
    const auditId = recordAudit(
      {
        actorId: actor.id,
        action: locked ? MODERATION_ACTIONS.lockRating : MODERATION_ACTIONS.unlockRating,
        targetType: 'article',
        targetId: articleId,
        reason: why,
        createdAt: now,
        detail: {
          summary: `${locked ? 'Closed' : 'Reopened'} ratings on “${title}”`,
          articleIds: [articleId],
        },
      },
      tx,
    );
    return { auditId, affected: 0, articles: articleRefs(tx, [articleId]) };
  });
}

/** The widget keeps showing the average but takes no votes; the vote endpoint answers 409. */
export function lockRating(actor: Actor, articleId: number, reason: string, now = Date.now()): ActionResult {
  return setLocked(actor, articleId, true, reason, now);
}

export function unlockRating(
  actor: Actor,
  articleId: number,
  reason: string,
  now = Date.now(),
): ActionResult {
  return setLocked(actor, articleId, false, reason, now);
}

/**
 * Sets the article's views to zero and deletes its per-day counts, keeping both in the audit detail
 * so that an undo can add them back (on top of any views counted since).
 */
export function resetViews(actor: Actor, articleId: number, reason: string, now = Date.now()): ActionResult {
  requireModerator(actor);
  const why = requireReason(reason);
  return immediate((tx) => {
    const title = articleTitle(tx, articleId);
    // Read inside the immediate transaction: no view can be counted between this read and the reset.
    const views = tx.get<{ views: number }>(sql`SELECT views FROM articles WHERE id = ${articleId}`)!.views;
    const days = tx.all<{ day: string; count: number }>(
      sql`SELECT day, count FROM view_days WHERE article_id = ${articleId} ORDER BY day`,
    );
    tx.run(sql`UPDATE articles SET views = 0 WHERE id = ${articleId}`);
    tx.run(sql`DELETE FROM view_days WHERE article_id = ${articleId}`);
    const auditId = recordAudit(
      {
        actorId: actor.id,
        action: MODERATION_ACTIONS.resetViews,
        targetType: 'article',
        targetId: articleId,
        reason: why,
        affected: views,
        createdAt: now,
        detail: {
          summary: `Reset the view count of “${title}” (${plural(views, 'view')})`,
          articleIds: [articleId],
          previousViews: views,
          days: days.map((d) => [d.day, d.count]),
        },
      },
      tx,
    );
    return { auditId, affected: views, articles: articleRefs(tx, [articleId]) };
  });
}

// Undoing a moderation action from the audit log. Each action can be undone once; the undo is
// itself an audit row (not undoable: take the action again instead).
import 'server-only';
import { sql } from 'drizzle-orm';
import { recordAudit } from '@/db/people/audit';
import { requireModerator } from './console';
import { articleRefs } from '@/db/affected';
import { immediate, recomputeRatings } from './actions';
import { MODERATION_ACTIONS, ModerationError, plural, type ActionResult } from './rules';
import type { Actor } from '@/db/people/permissions';

const A = MODERATION_ACTIONS;
const VOTE_REMOVALS: string[] = [A.removeVote, A.removeReaderVotes, A.removeAddressVotes, A.resetRating];
export const UNDOABLE_ACTIONS: string[] = [...VOTE_REMOVALS, A.lockRating, A.unlockRating, A.resetViews];

type Detail = { summary?: string; articleIds?: number[]; previousViews?: number; days?: [string, number][] };

/**
 * Restores what the action changed. Removed votes come back exactly: castVote refuses a reader whose
 * vote was removed, so a removed row cannot have changed since; the `updated_at <= removed_at`
 * guard keeps that true even if it ever could (a newer vote would win over the restored one).
 * A views reset adds the old total and per-day counts back on top of views counted since.
 */
export function undoAction(actor: Actor, auditId: number, reason = '', now = Date.now()): ActionResult {
  requireModerator(actor);
  return immediate((tx) => {
    const entry = tx.get<{ action: string; targetId: string; detail: string; undoneAt: number | null }>(sql`
      SELECT action, target_id AS targetId, detail, undone_at AS undoneAt FROM audit_log WHERE id = ${auditId}`);
    if (!entry || !UNDOABLE_ACTIONS.includes(entry.action))
      throw new ModerationError('That log entry cannot be undone.');
    const claimed = tx.run(
      sql`UPDATE audit_log SET undone_at = ${now}, undone_by = ${actor.id} WHERE id = ${auditId} AND undone_at IS NULL`,
    ).changes;
    if (!claimed || entry.undoneAt !== null)
      throw new ModerationError('That action has already been undone.');
    const detail = JSON.parse(entry.detail) as Detail;
    const articleIds = detail.articleIds ?? [];
    let affected = 0;
    if (VOTE_REMOVALS.includes(entry.action)) {
      affected = tx.run(sql`
        UPDATE votes SET removed_at = NULL, removed_by_action_id = NULL
        WHERE removed_by_action_id = ${auditId} AND removed_at IS NOT NULL AND updated_at <= removed_at`).changes;
      recomputeRatings(tx, articleIds);
    } else if (entry.action === A.lockRating || entry.action === A.unlockRating) {
      tx.run(
        sql`UPDATE articles SET rating_locked = ${entry.action === A.lockRating ? 0 : 1} WHERE id = ${Number(entry.targetId)}`,
      );
    } else {
      affected = detail.previousViews ?? 0;
      tx.run(sql`UPDATE articles SET views = views + ${affected} WHERE id = ${Number(entry.targetId)}`);
      tx.run(sql`
        INSERT INTO view_days (article_id, day, count)
        SELECT ${Number(entry.targetId)}, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(${JSON.stringify(detail.days ?? [])}) WHERE true
        ON CONFLICT(article_id, day) DO UPDATE SET count = count + excluded.count`);
    }
    const noun = entry.action === A.resetViews ? 'view' : 'vote';
    const undoId = recordAudit(
      {
        actorId: actor.id,
        action: A.undo,
        targetType: 'audit',
        targetId: auditId,
        reason: reason.trim() || `Undo of action #${auditId}`,
        affected,
        createdAt: now,
        detail: {
          summary: `Undid #${auditId}: ${detail.summary ?? entry.action}${affected ? ` (${plural(affected, noun)} restored)` : ''}`,
          undoes: auditId,
          articleIds,
        },
      },
      tx,
    );
    return { auditId: undoId, affected, articles: articleRefs(tx, articleIds) };
  });
}

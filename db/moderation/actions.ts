// Moderation actions (issue 4). Each one: admins only, a reason required, ONE immediate transaction
// that writes the audit row first (its id marks the removed votes), changes the rows, and recomputes
// the affected articles' sum and count from the counted rows in a single statement — so the stored
// average is always the rows' average, whatever else happened concurrently.
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { articleRefs } from '@/db/affected';
import { recordAudit } from '@/db/people/audit';
import { CLEARED, CLEARED_ADDRESS_REFUSAL } from './flags';
import type { Actor } from '@/db/people/permissions';
import { addressShort, readerShortId, requireModerator } from './console';
import { MODERATION_ACTIONS, ModerationError, plural, requireReason, type ActionResult } from './rules';

export function immediate<T>(fn: (tx: Tx) => T): T {
  // IMMEDIATE takes the write lock up front, so the reads inside see what the writes will change.
  return getDb().transaction(fn, { behavior: 'immediate' });
}

/** Sets rating_sum/rating_count of the given articles from their counted vote rows, in one statement. */
export function recomputeRatings(tx: Tx, articleIds: number[]): void {
  if (!articleIds.length) return;
  tx.run(sql`
    UPDATE articles SET
      rating_sum = (SELECT COALESCE(SUM(stars), 0) FROM votes WHERE article_id = articles.id AND removed_at IS NULL),
      rating_count = (SELECT COUNT(*) FROM votes WHERE article_id = articles.id AND removed_at IS NULL)
    WHERE id IN (SELECT value FROM json_each(${JSON.stringify(articleIds)}))`);
}

export function articleTitle(tx: Tx, articleId: number): string {
  const row = tx.get<{ title: string }>(sql`SELECT title FROM articles WHERE id = ${articleId}`);
  if (!row) throw new ModerationError('That article does not exist.', 'articleId');
  return row.title;
}

type Removal = {
  action: string;
  targetType: string;
  targetId: string;
  where: ReturnType<typeof sql>;
  summary: (n: number) => string;
};

/** Marks every counted vote matching `where` as removed by a new audit row, then fixes the sums. */
function removeWhere(actor: Actor, reason: string, removal: Removal, now: number): ActionResult {
  requireModerator(actor);
  const why = requireReason(reason);
  return immediate((tx) => {
    const auditId = recordAudit(
      {
        actorId: actor.id,
        action: removal.action,
        targetType: removal.targetType,
        targetId: removal.targetId,
        reason: why,
        createdAt: now,
      },
      tx,
    );
    const removed = tx.all<{ id: number; articleId: number }>(sql`
      UPDATE votes SET removed_at = ${now}, removed_by_action_id = ${auditId}
      WHERE removed_at IS NULL AND (${removal.where}) RETURNING id, article_id AS articleId`);
    if (!removed.length) throw new ModerationError('No counted votes match: nothing was removed.');
    const articleIds = [...new Set(removed.map((v) => v.articleId))];
    recomputeRatings(tx, articleIds);
    const detail = {
      summary: removal.summary(removed.length),
      voteIds: removed.map((v) => v.id),
      articleIds,
    };
    tx.run(
      sql`UPDATE audit_log SET affected = ${removed.length}, detail = ${JSON.stringify(detail)} WHERE id = ${auditId}`,
    );
    return { auditId, affected: removed.length, articles: articleRefs(tx, articleIds) };
  });
}

function scopeText(tx: Tx | null, articleId?: number): string {
  return articleId === undefined ? 'across the site' : `on “${tx ? articleTitle(tx, articleId) : articleId}”`;
}

export function removeVote(actor: Actor, voteId: number, reason: string, now = Date.now()): ActionResult {
  requireModerator(actor);
  return removeWhere(
    actor,
    reason,
    {
      action: MODERATION_ACTIONS.removeVote,
      targetType: 'vote',
      targetId: String(voteId),
      where: sql`id = ${voteId}`,
      summary: () => {
        const v = getDb().get<{ readerId: string; articleId: number; title: string }>(sql`
        SELECT v.reader_id AS readerId, v.article_id AS articleId, a.title FROM votes v JOIN articles a ON a.id = v.article_id WHERE v.id = ${voteId}`)!;
        return `Removed the vote of reader ${readerShortId(v.readerId)} on “${v.title}”`;
      },
    },
    now,
  );
}

export function removeVotesByReader(
  actor: Actor,
  readerId: string,
  scope: { articleId?: number },
  reason: string,
  now = Date.now(),
): ActionResult {
  return removeVotesOf(
    actor,
    {
      column: sql`reader_id`,
      value: readerId,
      action: MODERATION_ACTIONS.removeReaderVotes,
      targetType: 'reader',
      targetId: readerShortId(readerId),
      who: `of reader ${readerShortId(readerId)}`,
    },
    scope,
    reason,
    now,
  );
}

export function removeVotesByAddress(
  actor: Actor,
  addressHash: string,
  scope: { articleId?: number },
  reason: string,
  now = Date.now(),
): ActionResult {
  requireModerator(actor);
  if (addressHash === CLEARED) throw new ModerationError(CLEARED_ADDRESS_REFUSAL, 'scope');
  return removeVotesOf(
    actor,
    {
      column: sql`address_hash`,
      value: addressHash,
      action: MODERATION_ACTIONS.removeAddressVotes,
      targetType: 'address',
      targetId: addressHash,
      who: `from address ${addressShort(addressHash)}`,
    },
    scope,
    reason,
    now,
  );
}

type VoteOwner = {
  column: SQL;
  value: string;
  action: string;
  targetType: string;
  targetId: string;
  /** How the log names them, e.g. "of reader 1a2b3c4d". */
  who: string;
};

/** Removes every counted vote of one reader or one address, on one article or across the site. */
function removeVotesOf(
  actor: Actor,
  owner: VoteOwner,
  scope: { articleId?: number },
  reason: string,
  now: number,
): ActionResult {
  requireModerator(actor);
  const title =
    scope.articleId === undefined
      ? null
      : getDb().get<{ title: string }>(sql`SELECT title FROM articles WHERE id = ${scope.articleId}`)?.title;
  return removeWhere(
    actor,
    reason,
    {
      action: owner.action,
      targetType: owner.targetType,
      targetId: owner.targetId,
      where:
        scope.articleId === undefined
          ? sql`${owner.column} = ${owner.value}`
          : sql`${owner.column} = ${owner.value} AND article_id = ${scope.articleId}`,
      summary: (n) =>
        `Removed ${plural(n, 'vote')} ${owner.who} ${title ? `on “${title}”` : scopeText(null)}`,
    },
    now,
  );
}

/**
 * The table's "remove all of this reader / this address" buttons send a vote id rather than the raw
 * reader id, so the reader's id never leaves the server.
 */
export function removeVotesLike(
  actor: Actor,
  voteId: number,
  options: { by: 'reader' | 'address'; scope: 'article' | 'site' },
  reason: string,
  now = Date.now(),
): ActionResult {
  requireModerator(actor);
  const vote = getDb().get<{ readerId: string; addressHash: string; articleId: number }>(sql`
    SELECT reader_id AS readerId, address_hash AS addressHash, article_id AS articleId FROM votes WHERE id = ${voteId}`);
  if (!vote) throw new ModerationError('That vote does not exist.', 'voteId');
  const scope = options.scope === 'article' ? { articleId: vote.articleId } : {};
  return options.by === 'reader'
    ? removeVotesByReader(actor, vote.readerId, scope, reason, now)
    : removeVotesByAddress(actor, vote.addressHash, scope, reason, now);
}

export function resetRating(actor: Actor, articleId: number, reason: string, now = Date.now()): ActionResult {
  requireModerator(actor);
  const title = getDb().get<{ title: string }>(
    sql`SELECT title FROM articles WHERE id = ${articleId}`,
  )?.title;
  if (title === undefined) throw new ModerationError('That article does not exist.', 'articleId');
  return removeWhere(
    actor,
    reason,
    {
      action: MODERATION_ACTIONS.resetRating,
      targetType: 'article',
      targetId: String(articleId),
      where: sql`article_id = ${articleId}`,
      summary: (n) => `Reset the rating of “${title}” (${plural(n, 'vote')} removed)`,
    },
    now,
  );
}

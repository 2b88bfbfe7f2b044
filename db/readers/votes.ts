// Readers' star ratings (DESIGN.md §3): one row per (article, reader), written with an upsert; the
// article's sum and count move in the same transaction, so the average shown is the rows' average.
import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { inGroupCommit } from '@/db/group-commit';
import { MODERATION_ACTIONS } from '@/db/moderation/rules';
import { DomainError } from '@/lib/errors';
import { articles, auditLog, readerViews, votes } from '@/db/schema';

export type RatingErrorCode = 'invalid_stars' | 'not_found' | 'locked' | 'removed';

/** Each refusal's words for the reader and the HTTP status the vote endpoint answers with. */
const REFUSALS: Record<RatingErrorCode, { status: number; message: string }> = {
  invalid_stars: { status: 400, message: 'A rating must be a whole number of stars from 1 to 5.' },
  not_found: { status: 404, message: 'There is no published article to rate here.' },
  locked: { status: 409, message: 'Ratings are closed for this article.' },
  removed: {
    status: 409,
    message: 'Your rating of this article was removed by a moderator and cannot be cast again.',
  },
};

export class RatingError extends DomainError {
  override readonly status: number;
  constructor(readonly code: RatingErrorCode) {
    super(REFUSALS[code].message);
    this.status = REFUSALS[code].status;
    this.name = 'RatingError';
  }
}

export type VoteInput = {
  articleId: number;
  readerId: string;
  stars: unknown;
  addressHash: string;
  networkHash: string;
  userAgentFamily: string;
};

export type RatingSummary = { ratingAverage: number; ratingCount: number; locked: boolean };
export type VoteResult = {
  ratingAverage: number;
  ratingCount: number;
  myVote: number;
  replaced: boolean;
  previousStars: number | null;
};

function average(sum: number, count: number): number {
  return count > 0 ? sum / count : 0;
}

export function isValidStars(stars: unknown): stars is number {
  return typeof stars === 'number' && Number.isInteger(stars) && stars >= 1 && stars <= 5;
}

/**
 * Casts or replaces a reader's vote. A vote a moderator removed stays removed: letting the same
 * reader put it back by voting again would undo the moderation silently, so that is refused.
 * A reset of the article's rating is not a verdict on anyone, so after one every reader votes afresh.
 * The article is checked before the stars, so a refusal never tells apart an unpublished article
 * from a missing one.
 */
export function castVote(input: VoteInput, now = Date.now()): VoteResult {
  // IMMEDIATE takes the write lock first, so the old vote read below cannot change before the write.
  return getDb().transaction((tx) => castVoteOn(tx, input, now), { behavior: 'immediate' });
}

/**
 * castVote committed with whatever else reached the process at the same moment (db/group-commit.ts):
 * the vote endpoint's way, so a burst of votes shares one transaction. Refusals reject as castVote's.
 */
export function commitVote(input: VoteInput, now = Date.now()): Promise<VoteResult> {
  return inGroupCommit((db) => castVoteOn(db, input, now));
}

/** castVote's reads and writes on a connection that already holds the write lock. */
function castVoteOn(tx: Executor, input: VoteInput, now: number): VoteResult {
  const { articleId, readerId, stars } = input;
  const article = tx
    .select({ status: articles.status, publishedAt: articles.publishedAt, locked: articles.ratingLocked })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (
    !article ||
    article.status !== 'published' ||
    article.publishedAt == null ||
    article.publishedAt > now
  ) {
    throw new RatingError('not_found');
  }
  if (article.locked) throw new RatingError('locked');
  if (!isValidStars(stars)) throw new RatingError('invalid_stars');
  const row = tx
    .select({ stars: votes.stars, removedAt: votes.removedAt, removedBy: auditLog.action })
    .from(votes)
    .leftJoin(auditLog, eq(auditLog.id, votes.removedByActionId))
    .where(and(eq(votes.articleId, articleId), eq(votes.readerId, readerId)))
    .get();
  const afterReset = row?.removedAt != null && row.removedBy === MODERATION_ACTIONS.resetRating;
  if (row?.removedAt != null && !afterReset) throw new RatingError('removed');
  // A row a reset removed no longer counts: the vote is a new one, not a replacement.
  const previous = afterReset ? undefined : row;
  const sawPage = !!tx
    .select({ one: sql`1` })
    .from(readerViews)
    .where(and(eq(readerViews.articleId, articleId), eq(readerViews.readerId, readerId)))
    .get();
  const fields = {
    stars,
    addressHash: input.addressHash,
    networkHash: input.networkHash,
    userAgentFamily: input.userAgentFamily,
    sawPage,
    updatedAt: now,
  };
  if (afterReset) {
    // Unmarked, so an undo of the reset leaves this newer vote alone (db/moderation/undo.ts).
    tx.update(votes)
      .set({ ...fields, createdAt: now, removedAt: null, removedByActionId: null })
      .where(and(eq(votes.articleId, articleId), eq(votes.readerId, readerId)))
      .run();
  } else {
    tx.insert(votes)
      .values({ articleId, readerId, ...fields, createdAt: now })
      .onConflictDoUpdate({
        target: [votes.articleId, votes.readerId],
        set: fields,
        setWhere: isNull(votes.removedAt),
      })
      .run();
  }
  const totals = tx
    .update(articles)
    .set(
      previous
        ? { ratingSum: sql`${articles.ratingSum} + ${stars - previous.stars}` }
        : {
            ratingSum: sql`${articles.ratingSum} + ${stars}`,
            ratingCount: sql`${articles.ratingCount} + 1`,
          },
    )
    .where(eq(articles.id, articleId))
    .returning({ sum: articles.ratingSum, count: articles.ratingCount })
    .get()!;
  return {
    ratingAverage: average(totals.sum, totals.count),
    ratingCount: totals.count,
    myVote: stars,
    replaced: !!previous,
    previousStars: previous?.stars ?? null,
  };
}

/** The article's average and count (any status; callers decide visibility), or null when unknown. */
export function getRatingSummary(articleId: number): RatingSummary | null {
  const row = getDb()
    .select({ sum: articles.ratingSum, count: articles.ratingCount, locked: articles.ratingLocked })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  return row
    ? { ratingAverage: average(row.sum, row.count), ratingCount: row.count, locked: row.locked }
    : null;
}

/** The reader's standing vote, or null (none, or removed by a moderator). */
export function getMyVote(articleId: number, readerId: string): number | null {
  const row = getDb()
    .select({ stars: votes.stars })
    .from(votes)
    .where(and(eq(votes.articleId, articleId), eq(votes.readerId, readerId), isNull(votes.removedAt)))
    .get();
  return row?.stars ?? null;
}

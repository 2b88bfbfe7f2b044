import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { castVote, getMyVote, getRatingSummary, RatingError } from '@/db/readers/votes';
import { recordView } from '@/db/readers/views';
import { removeVotesByReader, resetRating } from '@/db/moderation/actions';
import { undoAction } from '@/db/moderation/undo';
import type { Actor } from '@/db/people/permissions';
import { articles, users, votes } from '@/db/schema';
import { makeArticle, makeAuthor } from './article-fixtures';

const NOW = Date.UTC(2026, 0, 10, 12);
const author = makeAuthor();

function vote(articleId: number, readerId: string, stars: unknown, now = NOW) {
  return castVote(
    { articleId, readerId, stars, addressHash: 'a', networkHash: 'n', userAgentFamily: 'Chrome 120' },
    now,
  );
}

function totals(articleId: number) {
  return getDb()
    .select({ sum: articles.ratingSum, count: articles.ratingCount })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get()!;
}

/** The truth the stored numbers must match: SUM and COUNT over the counted rows. */
function rowTotals(articleId: number) {
  const rows = getDb()
    .select({ stars: votes.stars, removedAt: votes.removedAt })
    .from(votes)
    .where(eq(votes.articleId, articleId))
    .all()
    .filter((r) => r.removedAt == null);
  return { sum: rows.reduce((s, r) => s + r.stars, 0), count: rows.length };
}

function makeAdmin(): Actor {
  const u = getDb()
    .insert(users)
    .values({
      email: `admin-${Math.random()}@ratings.test`,
      name: 'Admin',
      fullName: 'Admin Full',
      slug: `admin-${Math.random().toString(36).slice(2)}`,
      role: 'admin',
    })
    .returning()
    .get();
  return { id: u.id, role: 'admin' };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof RatingError) return error.code;
    throw error;
  }
  return undefined;
}

describe('castVote', () => {
  it('refuses stars outside 1..5 or not whole numbers and changes nothing', () => {
    const article = makeArticle(author.id);
    vote(article.id, 'r0', 4);
    for (const bad of [0, 6, 2.5, 'x', '3', null, Number.NaN]) {
      expect(codeOf(() => vote(article.id, 'r1', bad))).toBe('invalid_stars');
    }
    expect(totals(article.id)).toEqual({ sum: 4, count: 1 });
    expect(getMyVote(article.id, 'r1')).toBeNull();
  });

  it('keeps one row per reader and a second vote replaces the first', () => {
    const article = makeArticle(author.id);
    const first = vote(article.id, 'reader-a', 2);
    expect(first).toMatchObject({
      replaced: false,
      previousStars: null,
      myVote: 2,
      ratingCount: 1,
      ratingAverage: 2,
    });
    const second = vote(article.id, 'reader-a', 5);
    expect(second).toMatchObject({
      replaced: true,
      previousStars: 2,
      myVote: 5,
      ratingCount: 1,
      ratingAverage: 5,
    });
    const rows = getDb().select().from(votes).where(eq(votes.articleId, article.id)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0].stars).toBe(5);
    expect(totals(article.id)).toEqual({ sum: 5, count: 1 });
  });

  it('keeps the average equal to the average of the rows', () => {
    const article = makeArticle(author.id);
    vote(article.id, 'x1', 5);
    vote(article.id, 'x2', 4);
    vote(article.id, 'x3', 1);
    const last = vote(article.id, 'x2', 2);
    const rows = getDb().select().from(votes).where(eq(votes.articleId, article.id)).all();
    const rowsAverage = rows.reduce((s, r) => s + r.stars, 0) / rows.length;
    expect(last.ratingCount).toBe(3);
    expect(last.ratingAverage).toBeCloseTo(rowsAverage, 10);
    expect(getRatingSummary(article.id)).toMatchObject({ ratingCount: 3, ratingAverage: rowsAverage });
  });

  it('refuses unknown, draft, unpublished and future articles', () => {
    expect(codeOf(() => vote(999_999, 'r', 3))).toBe('not_found');
    for (const overrides of [
      { status: 'draft' as const },
      { status: 'unpublished' as const },
      { status: 'published' as const, publishedAt: NOW + 60_000 },
    ]) {
      const article = makeArticle(author.id, overrides);
      expect(codeOf(() => vote(article.id, 'r', 3))).toBe('not_found');
      expect(totals(article.id)).toEqual({ sum: 0, count: 0 });
    }
  });

  it('says not_found before judging the stars, so bad stars tell nothing about an unpublished article', () => {
    for (const overrides of [
      { status: 'draft' as const },
      { status: 'unpublished' as const },
      { status: 'published' as const, publishedAt: NOW + 60_000 },
    ]) {
      const article = makeArticle(author.id, overrides);
      for (const bad of [0, 6, 'x', undefined]) {
        expect(codeOf(() => vote(article.id, 'r', bad))).toBe('not_found');
      }
    }
    expect(codeOf(() => vote(999_999, 'r', 0))).toBe('not_found');
  });

  it('refuses votes on a locked article', () => {
    const article = makeArticle(author.id, { ratingLocked: true });
    expect(codeOf(() => vote(article.id, 'r', 3))).toBe('locked');
    expect(totals(article.id)).toEqual({ sum: 0, count: 0 });
  });

  it('does not let a reader bring back a vote a moderator removed', () => {
    const article = makeArticle(author.id);
    vote(article.id, 'removed-reader', 1);
    getDb().update(votes).set({ removedAt: NOW }).where(eq(votes.readerId, 'removed-reader')).run();
    getDb().update(articles).set({ ratingSum: 0, ratingCount: 0 }).where(eq(articles.id, article.id)).run();
    expect(codeOf(() => vote(article.id, 'removed-reader', 5))).toBe('removed');
    expect(totals(article.id)).toEqual({ sum: 0, count: 0 });
    expect(getMyVote(article.id, 'removed-reader')).toBeNull();
  });

  it('lets readers vote afresh after a reset, while a vote removed as fraud stays removed', () => {
    const admin = makeAdmin();
    const article = makeArticle(author.id);
    vote(article.id, 'honest', 2, NOW);
    vote(article.id, 'other', 4, NOW);
    vote(article.id, 'bot', 1, NOW);
    removeVotesByReader(admin, 'bot', { articleId: article.id }, 'script', NOW + 1_000);
    resetRating(admin, article.id, 'brigading', NOW + 2_000);
    expect(totals(article.id)).toEqual({ sum: 0, count: 0 });

    const again = vote(article.id, 'honest', 5, NOW + 3_000);
    expect(again).toMatchObject({ replaced: false, previousStars: null, myVote: 5, ratingCount: 1 });
    expect(getMyVote(article.id, 'honest')).toBe(5);
    const row = getDb()
      .select()
      .from(votes)
      .where(eq(votes.readerId, 'honest'))
      .all()
      .find((r) => r.articleId === article.id)!;
    expect(row).toMatchObject({
      stars: 5,
      removedAt: null,
      removedByActionId: null,
      createdAt: NOW + 3_000,
      updatedAt: NOW + 3_000,
    });
    expect(vote(article.id, 'honest', 3, NOW + 4_000)).toMatchObject({ replaced: true, previousStars: 5 });

    expect(codeOf(() => vote(article.id, 'bot', 5, NOW + 5_000))).toBe('removed');
    expect(totals(article.id)).toEqual({ sum: 3, count: 1 });
    expect(totals(article.id)).toEqual(rowTotals(article.id));
  });

  it('keeps the sums exact when a reset is undone after a reader voted again', () => {
    const admin = makeAdmin();
    const article = makeArticle(author.id);
    vote(article.id, 'revoter', 1, NOW);
    vote(article.id, 'bystander', 4, NOW);
    const reset = resetRating(admin, article.id, 'brigading', NOW + 1_000);
    vote(article.id, 'revoter', 5, NOW + 2_000);
    expect(totals(article.id)).toEqual({ sum: 5, count: 1 });

    undoAction(admin, reset.auditId, '', NOW + 3_000);
    // The bystander's vote comes back; the newer vote of the reader who voted again stands.
    expect(rowTotals(article.id)).toEqual({ sum: 9, count: 2 });
    expect(totals(article.id)).toEqual(rowTotals(article.id));
    expect(getMyVote(article.id, 'revoter')).toBe(5);
    expect(getRatingSummary(article.id)).toMatchObject({ ratingCount: 2, ratingAverage: 4.5 });
  });

  it('records whether the reader had loaded the page before voting', () => {
    const article = makeArticle(author.id);
    recordView({ articleId: article.id, readerId: 'seen' }, NOW);
    vote(article.id, 'seen', 4);
    vote(article.id, 'unseen', 4);
    const rows = getDb().select().from(votes).where(eq(votes.articleId, article.id)).all();
    expect(Object.fromEntries(rows.map((r) => [r.readerId, r.sawPage]))).toEqual({
      seen: true,
      unseen: false,
    });
  });
});

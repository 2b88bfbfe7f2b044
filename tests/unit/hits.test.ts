import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { newsroomDay } from '@/lib/days';
import { getViews, recordView } from '@/db/readers/views';
import { viewDays } from '@/db/schema';
import { makeArticle, makeAuthor } from './article-fixtures';

const NOW = Date.UTC(2026, 0, 10, 23, 50);
const MINUTE = 60_000;
const author = makeAuthor();

afterEach(() => {
  process.env.NEWSROOM_TIMEZONE = 'UTC';
});

function dayCount(articleId: number, day: string) {
  return (
    getDb()
      .select()
      .from(viewDays)
      .where(and(eq(viewDays.articleId, articleId), eq(viewDays.day, day)))
      .get()?.count ?? 0
  );
}

describe('recordView', () => {
  it('counts a reader once per 30 minutes and every other reader separately', () => {
    const { id } = makeArticle(author.id);
    expect(recordView({ articleId: id, readerId: 'a' }, NOW)).toEqual({ counted: true, views: 1 });
    expect(recordView({ articleId: id, readerId: 'a' }, NOW + 29 * MINUTE)).toEqual({
      counted: false,
      views: 1,
    });
    expect(recordView({ articleId: id, readerId: 'b' }, NOW + 29 * MINUTE)).toEqual({
      counted: true,
      views: 2,
    });
    // The window runs from the last counted view, not from the last request.
    expect(recordView({ articleId: id, readerId: 'a' }, NOW + 30 * MINUTE)).toEqual({
      counted: true,
      views: 3,
    });
    expect(getViews(id, NOW + 31 * MINUTE)).toBe(3);
  });

  it('adds each counted view to its newsroom day (UTC here)', () => {
    const { id } = makeArticle(author.id);
    recordView({ articleId: id, readerId: 'a' }, NOW);
    recordView({ articleId: id, readerId: 'b' }, NOW);
    recordView({ articleId: id, readerId: 'b' }, NOW + MINUTE);
    recordView({ articleId: id, readerId: 'c' }, NOW + 20 * MINUTE);
    expect(newsroomDay(NOW)).toBe('2026-01-10');
    expect(dayCount(id, '2026-01-10')).toBe(2);
    expect(dayCount(id, '2026-01-11')).toBe(1);
  });

  it("counts a view on the newsroom's date, not on UTC's", () => {
    process.env.NEWSROOM_TIMEZONE = 'Asia/Jakarta';
    const { id } = makeArticle(author.id);
    // 18:00 UTC on 25 April is 01:00 on 26 April in Jakarta (UTC+7).
    recordView({ articleId: id, readerId: 'a' }, Date.parse('2026-04-25T18:00:00Z'));
    expect(dayCount(id, '2026-04-26')).toBe(1);
    expect(dayCount(id, '2026-04-25')).toBe(0);
  });

  it('does not count views of articles that are not public', () => {
    const draft = makeArticle(author.id, { status: 'draft' });
    const future = makeArticle(author.id, { publishedAt: NOW + MINUTE });
    expect(recordView({ articleId: draft.id, readerId: 'a' }, NOW)).toBeNull();
    expect(recordView({ articleId: future.id, readerId: 'a' }, NOW)).toBeNull();
    expect(recordView({ articleId: 123_456, readerId: 'a' }, NOW)).toBeNull();
    expect(getViews(future.id, NOW)).toBeNull();
    expect(getViews(future.id, NOW + MINUTE)).toBe(0);
  });
});

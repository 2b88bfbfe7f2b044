// The article-wide actions: closing and reopening a rating, resetting views, and undoing each.
import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { lockRating, resetViews, unlockRating } from '@/db/moderation/article-actions';
import { undoAction } from '@/db/moderation/undo';
import type { Actor } from '@/db/people/permissions';
import { castVote } from '@/db/readers/votes';
import { viewDays } from '@/db/schema';
import { makeArticle, makeAuthor } from './article-fixtures';
import { adminAndArticle } from './moderation-fixtures';

// The same block as in moderation-vote-removal.test.ts: every action, on votes or on the article, keeps its numbers exact.
describe('actions keep the average exact', () => {
  let admin: Actor;
  let articleId: number;
  beforeEach(() => {
    ({ admin, articleId } = adminAndArticle());
  });

  it('lock and unlock are recorded and undoable; a locked rating takes no votes', () => {
    const now = Date.now();
    const live = makeArticle(makeAuthor().id, { publishedAt: now - 86_400_000 }).id;
    const lock = lockRating(admin, live, 'Heated comments');
    expect(() => lockRating(admin, live, 'again')).toThrow(/already closed/);
    expect(() =>
      castVote({
        articleId: live,
        readerId: 'r',
        stars: 4,
        addressHash: 'h',
        networkHash: 'n',
        userAgentFamily: '',
      }),
    ).toThrow(/closed/);
    undoAction(admin, lock.auditId);
    expect(
      castVote({
        articleId: live,
        readerId: 'r',
        stars: 4,
        addressHash: 'h',
        networkHash: 'n',
        userAgentFamily: '',
      }).ratingCount,
    ).toBe(1);
    const unlock = (lockRating(admin, live, 'close'), unlockRating(admin, live, 'reopen'));
    undoAction(admin, unlock.auditId);
    expect(
      getDb().get<{ locked: number }>(sql`SELECT rating_locked AS locked FROM articles WHERE id = ${live}`)!
        .locked,
    ).toBe(1);
  });

  it('a views reset is undone by adding the old counts back to any views counted since', () => {
    getDb().run(sql`UPDATE articles SET views = 40 WHERE id = ${articleId}`);
    getDb()
      .insert(viewDays)
      .values([
        { articleId, day: '2026-11-19', count: 30 },
        { articleId, day: '2026-11-20', count: 10 },
      ])
      .run();
    const reset = resetViews(admin, articleId, 'Inflated by a crawler');
    expect(reset.affected).toBe(40);
    getDb().run(sql`UPDATE articles SET views = views + 2 WHERE id = ${articleId}`);
    getDb().insert(viewDays).values({ articleId, day: '2026-11-20', count: 2 }).run();
    undoAction(admin, reset.auditId);
    expect(
      getDb().get<{ views: number }>(sql`SELECT views FROM articles WHERE id = ${articleId}`)!.views,
    ).toBe(42);
    const days = getDb().all<{ day: string; count: number }>(
      sql`SELECT day, count FROM view_days WHERE article_id = ${articleId} ORDER BY day`,
    );
    expect(days).toEqual([
      { day: '2026-11-19', count: 30 },
      { day: '2026-11-20', count: 12 },
    ]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { PermissionError, type Actor } from '@/db/people/permissions';
import { users, viewDays } from '@/db/schema';
import { recordView } from '@/db/readers/views';
import {
  bestRated,
  countArticleStats,
  getArticleStats,
  listArticleStats,
  mostRead,
  viewsOverTime,
} from '@/db/readers/stats';
import { makeArticle, makeAuthor } from './article-fixtures';

const NOW = Date.UTC(2026, 10, 28, 15, 0, 0); // Saturday 28 November 2026
let seq = 0;

afterEach(() => {
  process.env.NEWSROOM_TIMEZONE = 'UTC';
});

function staff(role: Actor['role']): Actor {
  seq++;
  const u = getDb()
    .insert(users)
    .values({
      email: `${role}${seq}@stats.test`,
      name: `${role}${seq}`,
      fullName: `${role} ${seq}`,
      slug: `stats-${role}-${seq}`,
      role,
    })
    .returning()
    .get();
  return { id: u.id, role };
}

function rated(authorId: number, title: string, sum: number, count: number) {
  return makeArticle(authorId, { title, ratingSum: sum, ratingCount: count }).id;
}

describe('best rated', () => {
  it('ranks by the Bayesian average, so one 5-star vote does not beat many 4.5-star ones', () => {
    const editor = staff('editor');
    const author = makeAuthor().id;
    const single = rated(author, 'One five-star vote', 5, 1);
    const many = rated(author, 'Forty votes averaging 4.5', 180, 40);
    const poor = rated(author, 'Ten votes averaging 2', 20, 10);
    // Site-wide mean m = 205 / 51 ≈ 4.02; with C = 5: single ≈ 4.18, many ≈ 4.45, poor ≈ 2.67.
    const list = bestRated(editor).filter((e) => [single, many, poor].includes(e.id));
    expect(list.map((e) => e.id)).toEqual([many, single, poor]);
    expect(list[1].average).toBe(5);
    expect(list[1].score).toBeCloseTo((5 * (205 / 51) + 5) / 6, 10);
  });

  it('leaves out unrated and unpublished articles', () => {
    const editor = staff('editor');
    const author = makeAuthor().id;
    const none = makeArticle(author).id;
    const draft = makeArticle(author, { status: 'draft', ratingSum: 5, ratingCount: 1 }).id;
    const ids = bestRated(editor, { limit: 1000 }).map((e) => e.id);
    expect(ids).not.toContain(none);
    expect(ids).not.toContain(draft);
  });
});

describe('views today and this week', () => {
  it('counts today, the last seven newsroom days and all time separately', () => {
    const editor = staff('editor');
    const id = makeArticle(makeAuthor().id, { views: 100 }).id;
    getDb()
      .insert(viewDays)
      .values([
        { articleId: id, day: '2026-11-28', count: 7 },
        { articleId: id, day: '2026-11-22', count: 5 },
        { articleId: id, day: '2026-11-21', count: 50 },
      ])
      .run();
    const row = listArticleStats(editor, { now: NOW }).find((a) => a.id === id)!;
    expect(row).toMatchObject({ viewsToday: 7, viewsWeek: 12, views: 100 });
  });

  it('orders most read by the range asked for', () => {
    const editor = staff('editor');
    const author = makeAuthor().id;
    const todayHit = makeArticle(author).id;
    const weekHit = makeArticle(author).id;
    getDb()
      .insert(viewDays)
      .values([
        { articleId: todayHit, day: '2026-11-28', count: 900 },
        { articleId: weekHit, day: '2026-11-28', count: 10 },
        { articleId: weekHit, day: '2026-11-25', count: 5000 },
      ])
      .run();
    expect(
      mostRead(editor, { range: 'today', now: NOW })
        .slice(0, 2)
        .map((e) => e.id),
    ).toEqual([todayHit, weekHit]);
    expect(
      mostRead(editor, { range: 'week', now: NOW })
        .slice(0, 2)
        .map((e) => [e.id, e.views]),
    ).toEqual([
      [weekHit, 5010],
      [todayHit, 900],
    ]);
  });

  it('draws a zero-filled series for the chart', () => {
    const editor = staff('editor');
    const id = makeArticle(makeAuthor().id).id;
    getDb().insert(viewDays).values({ articleId: id, day: '2026-11-27', count: 3 }).run();
    expect(viewsOverTime(editor, id, 3, NOW)).toEqual([
      { day: '2026-11-26', views: 0 },
      { day: '2026-11-27', views: 3 },
      { day: '2026-11-28', views: 0 },
    ]);
  });
});

describe("the newsroom's days", () => {
  it('counts a view recorded on the Jakarta date as today there, in the lists and the chart', () => {
    process.env.NEWSROOM_TIMEZONE = 'Asia/Jakarta';
    const editor = staff('editor');
    const id = makeArticle(makeAuthor().id).id;
    const at = Date.parse('2026-04-25T18:00:00Z'); // 01:00 on 26 April in Jakarta
    recordView({ articleId: id, readerId: 'jakarta-reader' }, at);
    const later = Date.parse('2026-04-26T16:00:00Z'); // 23:00 the same Jakarta day
    expect(listArticleStats(editor, { now: later }).find((a) => a.id === id)).toMatchObject({
      viewsToday: 1,
      viewsWeek: 1,
    });
    expect(mostRead(editor, { range: 'today', now: later }).map((a) => a.id)).toContain(id);
    expect(viewsOverTime(editor, id, 2, later)).toEqual([
      { day: '2026-04-25', views: 0 },
      { day: '2026-04-26', views: 1 },
    ]);
    // An hour later it is 27 April in Jakarta: yesterday's view is no longer today's.
    const nextDay = later + 60 * 60 * 1000;
    expect(getArticleStats(editor, id, nextDay)).toMatchObject({ viewsToday: 0, viewsWeek: 1 });
  });
});

describe('who sees which numbers', () => {
  it("opens one article's numbers for its journalist and any editor, for no other journalist", () => {
    const journalist = staff('journalist');
    const editor = staff('editor');
    const own = makeArticle(journalist.id, { title: 'Own numbers', views: 4 }).id;
    const other = makeArticle(makeAuthor().id).id;
    expect(getArticleStats(journalist, own, NOW)).toMatchObject({ id: own, title: 'Own numbers', views: 4 });
    expect(viewsOverTime(journalist, own, 30, NOW)).toHaveLength(30);
    expect(getArticleStats(journalist, other, NOW)).toBeNull();
    expect(() => viewsOverTime(journalist, other, 30, NOW)).toThrow(PermissionError);
    expect(getArticleStats(editor, other, NOW)).toMatchObject({ id: other });
    expect(getArticleStats(editor, 9_999_999, NOW)).toBeNull();
  });

  it('pages through the articles a journalist may see', () => {
    const journalist = staff('journalist');
    const mine = [1, 2, 3].map((i) => makeArticle(journalist.id, { publishedAt: Date.UTC(2020, 0, i) }).id);
    makeArticle(makeAuthor().id);
    expect(countArticleStats(journalist)).toBe(3);
    const first = listArticleStats(journalist, { limit: 2, now: NOW }).map((a) => a.id);
    const second = listArticleStats(journalist, { limit: 2, offset: 2, now: NOW }).map((a) => a.id);
    expect([...first, ...second]).toEqual([...mine].reverse());
  });

  it("shows journalists only their own articles, editors everyone's", () => {
    const journalist = staff('journalist');
    const editor = staff('editor');
    const own = makeArticle(journalist.id, { ratingSum: 4, ratingCount: 1 }).id;
    const other = makeArticle(makeAuthor().id, { ratingSum: 4, ratingCount: 1 }).id;
    getDb()
      .insert(viewDays)
      .values([
        { articleId: own, day: '2026-11-28', count: 1 },
        { articleId: other, day: '2026-11-28', count: 1 },
      ])
      .run();
    expect(listArticleStats(journalist, { now: NOW }).map((a) => a.id)).toEqual([own]);
    expect(mostRead(journalist, { range: 'today', now: NOW }).map((a) => a.id)).toEqual([own]);
    expect(bestRated(journalist).map((a) => a.id)).toEqual([own]);
    expect(() => viewsOverTime(journalist, other, 7, NOW)).toThrow(PermissionError);
    expect(listArticleStats(editor, { now: NOW }).map((a) => a.id)).toEqual(
      expect.arrayContaining([own, other]),
    );
    expect(() => listArticleStats(null as unknown as Actor)).toThrow(PermissionError);
    expect(getDb().get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM articles`)!.n).toBeGreaterThan(2);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { getArticlePreview } from '@/db/articles/editor';
import { getPublicArticleById } from '@/db/articles/public';
import {
  listDashboardArticles,
  listReviewQueue,
  listScheduled,
  type DashboardQuery,
} from '@/db/articles/dashboard';
import type { Actor } from '@/db/people/permissions';
import { articles, viewDays } from '@/db/schema';
import { publishArticle, submitForReview, unpublishArticle } from '@/db/articles/workflow';
import { makeArticle, makeSection, makeStaff } from './editor-fixtures';

let journalist: Actor;
let editor: Actor;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  journalist = await makeStaff('journalist', 'Lia Reporter');
  editor = await makeStaff('editor', 'Agus Desk');
});

describe('the dashboard list', () => {
  it('filters by each workflow state, including scheduled', async () => {
    const now = Date.now();
    const draft = await makeArticle(journalist, { title: 'State draft' });
    const review = await makeArticle(journalist, { title: 'State review' });
    await submitForReview(journalist, review.id);
    const live = await makeArticle(journalist, { title: 'State live' });
    await publishArticle(editor, live.id, { now });
    const later = await makeArticle(journalist, { title: 'State later' });
    await publishArticle(editor, later.id, { publishedAt: now + HOUR, now });
    const pulled = await makeArticle(journalist, { title: 'State pulled' });
    await publishArticle(editor, pulled.id, { now });
    await unpublishArticle(editor, pulled.id, now);
    const ids = async (status: DashboardQuery['status']) =>
      (await listDashboardArticles(journalist, { status, q: 'State', now })).rows.map((r) => r.id);
    expect(await ids('draft')).toEqual([draft.id]);
    expect(await ids('review')).toEqual([review.id]);
    expect(await ids('published')).toEqual([live.id]);
    expect(await ids('scheduled')).toEqual([later.id]);
    expect(await ids('unpublished')).toEqual([pulled.id]);
  });

  it('returns what a row shows: section, author, state, views and rating', async () => {
    const sectionId = makeSection('Dashboard business');
    const a = await makeArticle(journalist, { title: 'Row shape story', sectionId });
    getDb()
      .update(articles)
      .set({ views: 42, ratingSum: 9, ratingCount: 2 })
      .where(eq(articles.id, a.id))
      .run();
    const [row] = (await listDashboardArticles(editor, { q: 'Row shape story' })).rows;
    expect(row).toMatchObject({
      id: a.id,
      title: 'Row shape story',
      state: 'draft',
      sectionName: 'Dashboard business',
      authorName: 'Lia Reporter',
      views: 42,
      ratingAverage: 4.5,
      ratingCount: 2,
    });
    const unrated = await makeArticle(journalist, { title: 'Row shape unrated' });
    expect((await listDashboardArticles(editor, { q: 'Row shape unrated' })).rows[0]).toMatchObject({
      id: unrated.id,
      ratingAverage: null,
    });
  });

  it("shows views on the newsroom's today and in its last seven days", async () => {
    process.env.NEWSROOM_TIMEZONE = 'Asia/Jakarta';
    try {
      const a = await makeArticle(journalist, { title: 'Row views by day' });
      getDb()
        .insert(viewDays)
        .values([
          { articleId: a.id, day: '2026-04-26', count: 3 },
          { articleId: a.id, day: '2026-04-20', count: 5 },
          { articleId: a.id, day: '2026-04-19', count: 100 },
        ])
        .run();
      // 18:00 UTC on 25 April is already 26 April in Jakarta.
      const now = Date.parse('2026-04-25T18:00:00Z');
      const [row] = (await listDashboardArticles(journalist, { q: 'Row views by day', now })).rows;
      expect(row).toMatchObject({ viewsToday: 3, viewsWeek: 8 });
    } finally {
      process.env.NEWSROOM_TIMEZONE = 'UTC';
    }
  });

  it('searches titles literally: % and _ are not wildcards', async () => {
    const pct = await makeArticle(journalist, { title: 'Inflation hits 5% again' });
    await makeArticle(journalist, { title: 'Inflation hits 5 points' });
    expect((await listDashboardArticles(journalist, { q: '5%' })).rows.map((r) => r.id)).toEqual([pct.id]);
    expect((await listDashboardArticles(journalist, { q: 'hits_5' })).rows).toEqual([]);
  });

  it('finds a title by any part of it, through the trigram index, and follows edits and deletes', async () => {
    const sea = await makeArticle(journalist, { title: 'Seagrass survey in Eastbank' });
    const other = await makeArticle(editor, { title: 'SEAGRASS meadow "returns"' });
    const ids = async (q: string, query: DashboardQuery = {}) =>
      (await listDashboardArticles(editor, { q, ...query })).rows.map((r) => r.id).sort();
    // Inside a word, across a space, any case; quotes are characters, not FTS5 syntax.
    expect(await ids('agrass')).toEqual([sea.id, other.id].sort());
    expect(await ids('grass sur')).toEqual([sea.id]);
    expect(await ids('"returns"')).toEqual([other.id]);
    expect(await ids('grass', { mine: true })).toEqual([other.id]);
    expect(await ids('grass', { status: 'draft' })).toEqual([sea.id, other.id].sort());
    expect((await listDashboardArticles(editor, { q: 'agrass' })).total).toBe(2);
    const row = getDb().select().from(articles).where(eq(articles.id, sea.id)).get()!;
    getDb().update(articles).set({ title: 'Kelp survey in Eastbank' }).where(eq(articles.id, row.id)).run();
    expect(await ids('agrass')).toEqual([other.id]);
    expect(await ids('kelp sur')).toEqual([sea.id]);
    getDb().delete(articles).where(eq(articles.id, other.id)).run();
    expect(await ids('agrass')).toEqual([]);
    // Two characters are too short for trigrams: still found, by reading the rows in scope.
    expect(await ids('lp', { mine: false })).toContain(sea.id);
  });

  it('gives the same titles when the matches are few enough to look up one by one', async () => {
    // 300 unrelated titles: a match set under 1 in 60 of the scope is read by id, not by a walk.
    const filler = getDb().$client.prepare(
      "INSERT INTO articles (slug, title, author_id, status) VALUES (?, 'Unrelated filler', ?, 'draft')",
    );
    for (let i = 0; i < 300; i++) filler.run(`title-filler-${i}`, editor.id);
    const kelp = await makeArticle(journalist, { title: 'Kelp forest count' });
    const other = await makeArticle(editor, { title: 'KELP farm "opens"' });
    const ids = async (q: string, query: DashboardQuery = {}) =>
      (await listDashboardArticles(editor, { q, ...query })).rows.map((r) => r.id).sort();
    expect(await ids('elp f')).toEqual([kelp.id, other.id].sort());
    expect(await ids('"opens"')).toEqual([other.id]);
    expect(await ids('kelp', { mine: true })).toEqual([other.id]);
    expect((await listDashboardArticles(editor, { q: 'elp f', pageSize: 1, page: 2 })).rows).toHaveLength(1);
  });

  it('pages through the list with a total', async () => {
    for (let i = 0; i < 5; i++) await makeArticle(journalist, { title: `Paging story ${i}` });
    const first = await listDashboardArticles(journalist, { q: 'Paging story', page: 1, pageSize: 2 });
    const third = await listDashboardArticles(journalist, { q: 'Paging story', page: 3, pageSize: 2 });
    expect([first.total, first.pageCount, first.rows.length, third.rows.length]).toEqual([5, 3, 2, 1]);
    const all = [
      ...first.rows,
      ...(await listDashboardArticles(journalist, { q: 'Paging story', page: 2, pageSize: 2 })).rows,
      ...third.rows,
    ];
    expect(new Set(all.map((r) => r.id)).size).toBe(5);
  });

  it("'mine' narrows an editor's list to their own bylines", async () => {
    const own = await makeArticle(editor, { title: 'Mine filter editor' });
    await makeArticle(journalist, { title: 'Mine filter journalist' });
    expect(
      (await listDashboardArticles(editor, { q: 'Mine filter', mine: true })).rows.map((r) => r.id),
    ).toEqual([own.id]);
  });
});

describe('the editor lists', () => {
  it('the review queue holds articles in review, oldest first', async () => {
    const one = await makeArticle(journalist, { title: 'Queue one' });
    const two = await makeArticle(journalist, { title: 'Queue two' });
    await submitForReview(journalist, one.id);
    await submitForReview(journalist, two.id);
    const queue = (await listReviewQueue(editor)).map((r) => r.id);
    expect(queue.indexOf(one.id)).toBeLessThan(queue.indexOf(two.id));
    expect(queue.indexOf(one.id)).toBeGreaterThanOrEqual(0);
  });

  it('the schedule holds what goes live later, soonest first', async () => {
    const now = Date.now();
    const late = await makeArticle(journalist);
    const soon = await makeArticle(journalist);
    await publishArticle(editor, late.id, { publishedAt: now + 5 * HOUR, now });
    await publishArticle(editor, soon.id, { publishedAt: now + 2 * HOUR, now });
    const ids = (await listScheduled(editor, now)).map((r) => r.id);
    expect(ids.indexOf(soon.id)).toBeLessThan(ids.indexOf(late.id));
    expect(ids.indexOf(soon.id)).toBeGreaterThanOrEqual(0);
  });
});

describe('preview', () => {
  it('shows a draft exactly as the public page will once it is published', async () => {
    const sectionId = makeSection('Preview culture');
    const a = await makeArticle(journalist, {
      title: 'Preview me',
      body: '<p>Hello <strong>readers</strong>.</p>',
      sectionId,
      tags: ['Music'],
    });
    const preview = (await getArticlePreview(editor, a.id))!;
    expect(preview).toMatchObject({
      title: 'Preview me',
      bodyHtml: '<p>Hello <strong>readers</strong>.</p>',
      section: { name: 'Preview culture' },
    });
    expect(getPublicArticleById(a.id, Date.now())).toBeNull();
    await publishArticle(editor, a.id);
    const published = getPublicArticleById(a.id, Date.now())!;
    const timeless = (x: typeof preview) => ({ ...x, publishedAt: 0, updatedAt: 0 });
    expect(timeless(preview)).toEqual(timeless(published));
  });
});

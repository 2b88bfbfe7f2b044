// Issue 9: the counters and copies the archive's lists read (article_counts, article_tags' status and
// publish time) stay exact through every write path, because triggers keep them in the writing
// transaction; and pages read from the nearer end are the pages OFFSET would give.
import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_EDITION_ID } from '@/db/schema';
import { getDb } from '@/db';
import { saveArticle } from '@/db/articles/editor';
import { listDashboardArticles } from '@/db/articles/dashboard';
import { listByTag, listLatest } from '@/db/articles/listings';
import { publishArticle, submitForReview, unpublishArticle } from '@/db/articles/workflow';
import type { Actor } from '@/db/people/permissions';
import { nearerEnd } from '@/lib/pagination';
import { makeArticle, makeStaff } from './editor-fixtures';

const HOUR = 3_600_000;
let journalist: Actor;
let other: Actor;
let editor: Actor;

beforeAll(async () => {
  journalist = await makeStaff('journalist');
  other = await makeStaff('journalist');
  editor = await makeStaff('editor');
});

function countsMatchTheArticles() {
  const db = getDb().$client;
  const truth = db
    .prepare('SELECT author_id, status, COUNT(*) AS n FROM articles GROUP BY 1, 2 ORDER BY 1, 2')
    .all();
  const kept = db.prepare('SELECT author_id, status, n FROM article_counts WHERE n > 0 ORDER BY 1, 2').all();
  expect(kept).toEqual(truth);
  const stale = db
    .prepare(
      `SELECT COUNT(*) AS n FROM article_tags t JOIN articles a ON a.id = t.article_id
       WHERE t.status IS NOT a.status OR t.published_at IS NOT a.published_at`,
    )
    .get() as { n: number };
  expect(stale.n).toBe(0);
}

describe('counters kept by triggers', () => {
  it('follow create, review, publish, unpublish, a byline change and a delete', async () => {
    const now = Date.now();
    const a = await makeArticle(journalist, { tags: ['Rivers'] });
    const b = await makeArticle(journalist, { tags: ['Rivers', 'Ports'] });
    countsMatchTheArticles();
    await submitForReview(journalist, a.id, now);
    await publishArticle(editor, b.id, { now });
    countsMatchTheArticles();
    const tagId = (
      getDb().$client.prepare("SELECT id FROM tags WHERE name = 'Rivers'").get() as { id: number }
    ).id;
    expect(listByTag(tagId, { now: now + 1 }).items.map((i) => i.id)).toEqual([b.id]);
    await unpublishArticle(editor, b.id, now + 1);
    expect(listByTag(tagId, { now: now + 2 }).total).toBe(0);
    const row = getDb().$client.prepare('SELECT version FROM articles WHERE id = ?').get(a.id) as {
      version: number;
    };
    await saveArticle(editor, a.id, { title: 'Moved byline', authorId: other.id, baseVersion: row.version });
    countsMatchTheArticles();
    getDb().$client.prepare('DELETE FROM articles WHERE id = ?').run(b.id);
    countsMatchTheArticles();
  });

  it('give the dashboard totals the rows agree with, scheduled apart from published', async () => {
    const now = Date.now();
    const live = await makeArticle(other);
    await publishArticle(editor, live.id, { now });
    const later = await makeArticle(other);
    await publishArticle(editor, later.id, { publishedAt: now + HOUR, now });
    for (const status of [undefined, 'draft', 'review', 'published', 'scheduled', 'unpublished'] as const) {
      const page = await listDashboardArticles(other, { status, now, pageSize: 100 });
      expect(page.total).toBe(page.rows.length);
      const all = await listDashboardArticles(editor, { status, now, pageSize: 100 });
      expect(all.total).toBe(all.rows.length);
    }
  });
});

describe('pages read from the nearer end', () => {
  it('are the pages OFFSET gives, the last one short, nothing past the end', () => {
    const db = getDb().$client;
    const insert = db.prepare(
      "INSERT INTO articles (slug, title, author_id, status, published_at) VALUES (?, 'Paged', ?, 'published', ?)",
    );
    // Ties in publish time: the id decides, in both directions.
    for (let i = 0; i < 29; i++) insert.run(`paged-${i}`, journalist.id, 1_000_000 + Math.floor(i / 3));
    const now = 2_000_000;
    const all = listLatest(FIRST_EDITION_ID, { now, limit: 1000 }).items.map((i) => i.id);
    expect(all).toHaveLength(29);
    for (let offset = 0; offset < 33; offset += 4) {
      const page = listLatest(FIRST_EDITION_ID, { now, limit: 4, offset });
      expect(page.total).toBe(29);
      expect(page.items.map((i) => i.id)).toEqual(all.slice(offset, offset + 4));
    }
  });

  it('skip the count for a first page asked for uncounted, with the same items', () => {
    const now = 2_000_000;
    const counted = listLatest(FIRST_EDITION_ID, { now, limit: 5 });
    const uncounted = listLatest(FIRST_EDITION_ID, { now, limit: 5, counted: false });
    expect(uncounted.items).toEqual(counted.items);
    expect(uncounted.total).toBe(5);
    expect(listLatest(FIRST_EDITION_ID, { now, limit: 5, offset: 25, counted: false }).total).toBe(29);
  });

  it('walks from whichever end is closer', () => {
    expect(nearerEnd(100, 10, 0)).toEqual({ reverse: false, skip: 0, take: 10 });
    expect(nearerEnd(100, 10, 90)).toEqual({ reverse: true, skip: 0, take: 10 });
    expect(nearerEnd(95, 10, 90)).toEqual({ reverse: true, skip: 0, take: 5 });
    expect(nearerEnd(100, 10, 60)).toEqual({ reverse: true, skip: 30, take: 10 });
    expect(nearerEnd(100, 10, 100).take).toBe(0);
  });
});

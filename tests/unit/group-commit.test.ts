// Group commit (db/group-commit.ts) on the real migrated test database: writes that arrive together
// share one transaction, every count stays exact, a refused write is undone alone, and a group that
// fails leaves nothing behind and answers every one of its requests with an error.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { NextRequest } from 'next/server';
import { POST as live } from '@/app/api/articles/[id]/live/route';
import { getDb } from '@/db';
import { GroupCommitError } from '@/db/group-commit';
import { recordLiveVisit } from '@/db/readers/live';
import { commitVote, getRatingSummary, RatingError } from '@/db/readers/votes';
import { makeArticle, makeAuthor } from './article-fixtures';

const author = makeAuthor();
const client = () => getDb().$client;

function countsOf(articleId: number) {
  return client()
    .prepare(
      `SELECT (SELECT views FROM articles WHERE id = ?) AS views,
              (SELECT coalesce(sum(count), 0) FROM view_days WHERE article_id = ?) AS dayViews,
              (SELECT count(*) FROM reader_views WHERE article_id = ?) AS readers`,
    )
    .get(articleId, articleId, articleId) as { views: number; dayViews: number; readers: number };
}

const visit = (articleId: number, reader: string) =>
  recordLiveVisit({ articleId, readerId: reader, crawler: false, addressHash: `addr-${reader}` });

const vote = (articleId: number, reader: string, stars: number) =>
  commitVote({
    articleId,
    readerId: reader,
    stars,
    addressHash: `addr-${reader}`,
    networkHash: 'net',
    userAgentFamily: 'Chrome 120',
  });

afterEach(() => {
  client().exec('DROP TRIGGER IF EXISTS temp.fail_item; DROP TRIGGER IF EXISTS temp.fail_group');
  client().pragma('busy_timeout = 5000');
});

describe('group commit', () => {
  it('counts every one of 1,000 readers arriving at once, in the total, the day rows and the readers', async () => {
    const article = makeArticle(author.id);
    const outcomes = await Promise.all(Array.from({ length: 1000 }, (_, i) => visit(article.id, `r${i}`)));
    expect(outcomes.every((o) => o.kind === 'numbers')).toBe(true);
    // Each reader was answered with a distinct running total: the writes ran one after another.
    const seen = outcomes.map((o) => (o.kind === 'numbers' ? o.numbers.views : 0)).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(countsOf(article.id)).toEqual({ views: 1000, dayViews: 1000, readers: 1000 });
    // The same readers again within 30 minutes are not counted twice.
    await Promise.all(Array.from({ length: 1000 }, (_, i) => visit(article.id, `r${i}`)));
    expect(countsOf(article.id).views).toBe(1000);
  }, 120_000);

  it('keeps 500 concurrent votes exact, a reader voting twice replacing the first', async () => {
    const article = makeArticle(author.id);
    const first = Array.from({ length: 400 }, (_, i) => vote(article.id, `v${i}`, (i % 5) + 1));
    // 100 of them change their mind in the same burst: the later vote replaces the earlier.
    const second = Array.from({ length: 100 }, (_, i) => vote(article.id, `v${i}`, 5));
    await Promise.all([...first, ...second]);
    const expectedSum = Array.from({ length: 400 }, (_, i) => (i < 100 ? 5 : (i % 5) + 1)).reduce(
      (a, b) => a + b,
    );
    const summary = getRatingSummary(article.id)!;
    expect(summary.ratingCount).toBe(400);
    expect(summary.ratingAverage).toBeCloseTo(expectedSum / 400, 10);
    const rows = client()
      .prepare('SELECT count(*) AS n, sum(stars) AS total FROM votes WHERE article_id = ?')
      .get(article.id) as { n: number; total: number };
    expect(rows).toEqual({ n: 400, total: expectedSum });
  }, 120_000);

  it('undoes a refused vote alone: the others in its group are kept', async () => {
    const open = makeArticle(author.id);
    const locked = makeArticle(author.id, { ratingLocked: true });
    const results = await Promise.allSettled([
      vote(open.id, 'a', 4),
      vote(locked.id, 'b', 4),
      vote(open.id, 'c', 0),
      vote(open.id, 'd', 2),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(RatingError);
    expect(getRatingSummary(open.id)).toMatchObject({ ratingCount: 2, ratingAverage: 3 });
    expect(getRatingSummary(locked.id)?.ratingCount).toBe(0);
  });

  it('a write that fails halfway leaves nothing of itself, and its neighbours commit', async () => {
    const doomed = makeArticle(author.id);
    const fine = makeArticle(author.id);
    // The day's row is the view's last statement: by then the total and the reader's row were written.
    client().exec(
      `CREATE TEMP TRIGGER fail_item BEFORE INSERT ON main.view_days WHEN NEW.article_id = ${doomed.id}
       BEGIN SELECT RAISE(ABORT, 'the day row could not be written'); END`,
    );
    const results = await Promise.allSettled([
      visit(fine.id, 'x'),
      visit(doomed.id, 'y'),
      visit(fine.id, 'z'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).not.toBeInstanceOf(GroupCommitError);
    expect(countsOf(doomed.id)).toEqual({ views: 0, dayViews: 0, readers: 0 });
    expect(countsOf(fine.id)).toEqual({ views: 2, dayViews: 2, readers: 2 });
  });

  it('when the group fails, every request in it gets an error and nothing of the group is written', async () => {
    const article = makeArticle(author.id);
    const other = makeArticle(author.id);
    const bucketsBefore = (client().prepare('SELECT count(*) AS n FROM rate_buckets').get() as { n: number })
      .n;
    // RAISE(ROLLBACK) ends the whole transaction, as a full disk or an I/O error would.
    client().exec(
      `CREATE TEMP TRIGGER fail_group BEFORE INSERT ON main.view_days WHEN NEW.article_id = ${other.id}
       BEGIN SELECT RAISE(ROLLBACK, 'the disk is full'); END`,
    );
    const results = await Promise.allSettled([
      visit(article.id, 'g1'),
      vote(article.id, 'g2', 5),
      visit(other.id, 'g3'),
      visit(article.id, 'g4'),
    ]);
    expect(results.every((r) => r.status === 'rejected' && r.reason instanceof GroupCommitError)).toBe(true);
    expect(countsOf(article.id)).toEqual({ views: 0, dayViews: 0, readers: 0 });
    expect(countsOf(other.id)).toEqual({ views: 0, dayViews: 0, readers: 0 });
    expect(getRatingSummary(article.id)?.ratingCount).toBe(0);
    expect((client().prepare('SELECT count(*) AS n FROM rate_buckets').get() as { n: number }).n).toBe(
      bucketsBefore,
    );
    expect(client().inTransaction).toBe(false);
    // The next group is not affected.
    client().exec('DROP TRIGGER temp.fail_group');
    await visit(article.id, 'g5');
    expect(countsOf(article.id).views).toBe(1);
  });

  it('answers 503 with Retry-After when another process holds the write lock past the timeout', async () => {
    const article = makeArticle(author.id);
    const rival = new Database(process.env.DATABASE_PATH!);
    rival.exec('BEGIN IMMEDIATE');
    client().pragma('busy_timeout = 0');
    try {
      const response = await live(
        new NextRequest(`http://localhost/api/articles/${article.id}/live`, {
          method: 'POST',
          headers: {
            'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36',
            host: 'localhost',
          },
        }),
        { params: Promise.resolve({ id: String(article.id) }) },
      );
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.json()).toEqual({ error: expect.stringMatching(/could not be saved/) });
    } finally {
      rival.exec('ROLLBACK');
      rival.close();
    }
    expect(countsOf(article.id)).toEqual({ views: 0, dayViews: 0, readers: 0 });
  });
});

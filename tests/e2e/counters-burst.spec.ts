// Group commit under a burst (issue 8, README "Counters that keep up"): view beacons and votes that
// arrive together share transactions, each answered only after its write is committed. A server of
// the spec's own, so the burst holds no other spec's write lock; readers are distinct (no cookie),
// as a viral story's are.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import path from 'node:path';
import { addAuthor, BROWSER_UA, importArticle, inParallel, type Server } from './moderation-fixtures';
import { removeDir, spawnWatched, tempDir } from './production-fixtures';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

// One address sends the whole burst here; the limits are for real traffic and tested in tests/unit.
const LIMITS = {
  NEWSROOM_VIEW_LIMIT_PER_ADDRESS: '1000000/1m',
  NEWSROOM_VIEW_LIMIT_PER_READER: '1000000/1m',
  NEWSROOM_VOTE_LIMIT_PER_ADDRESS: '1000000/1m',
  NEWSROOM_VOTE_LIMIT_PER_NETWORK: '1000000/1m',
  NEWSROOM_VOTE_LIMIT_PER_READER: '1000000/1m',
};

/** A new reader's beacon or vote; resolves to the status, or 0 when the connection failed. */
async function post(base: string, pathname: string, body?: string): Promise<number> {
  try {
    const response = await fetch(`${base}${pathname}`, {
      method: 'POST',
      headers: {
        'User-Agent': BROWSER_UA,
        Accept: 'application/json',
        Origin: base,
        ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

const view = (base: string, id: number) => post(base, `/api/articles/${id}/live`);
const vote = (base: string, id: number, stars: number) =>
  post(base, `/api/articles/${id}/vote`, `stars=${stars}`);

function openDb(dataDir: string) {
  return new Database(path.join(dataDir, 'newsroom.db'), { readonly: true, fileMustExist: true });
}

/** Articles whose counters differ from the sums of their rows (views by day, votes not removed). */
function countersOffTheirRows(dataDir: string): { id: number }[] {
  const db = openDb(dataDir);
  try {
    return db
      .prepare(
        `SELECT id FROM articles a WHERE
           views <> (SELECT coalesce(sum(count), 0) FROM view_days WHERE article_id = a.id)
           OR rating_count <> (SELECT count(*) FROM votes WHERE article_id = a.id AND removed_at IS NULL)
           OR rating_sum <> (SELECT coalesce(sum(stars), 0) FROM votes WHERE article_id = a.id AND removed_at IS NULL)`,
      )
      .all() as { id: number }[];
  } finally {
    db.close();
  }
}

let dataDir = '';
test.beforeEach(() => {
  dataDir = tempDir('burst');
});
test.afterEach(() => removeDir(dataDir));

test('2,000 concurrent views from distinct readers and 500 votes end with exact totals and day rows', async () => {
  const server = await spawnWatched('scripts/serve.mjs', dataDir, LIMITS);
  try {
    const own: Server = { baseURL: server.url, dataDir };
    const author = addAuthor(own);
    const viewed = importArticle('Burst of readers', author, own);
    const rated = importArticle('Burst of ratings', author, own);
    const today = () => new Date().toISOString().slice(0, 10);
    const dayBefore = today();

    // 500 connections in flight at once (a machine's default of 1,024 open files leaves room for both ends).
    const [views, votes] = await Promise.all([
      inParallel(2000, 400, () => view(server.url, viewed.id)),
      inParallel(500, 100, (i) => vote(server.url, rated.id, (i % 5) + 1)),
    ]);
    expect(views.filter((s) => s === 200)).toHaveLength(2000);
    expect(votes.filter((s) => s === 200)).toHaveLength(500);

    const db = openDb(dataDir);
    try {
      const article = (id: number) =>
        db.prepare('SELECT views, rating_count, rating_sum FROM articles WHERE id = ?').get(id);
      expect(article(viewed.id)).toEqual({ views: 2000, rating_count: 0, rating_sum: 0 });
      // 100 each of 1 to 5 stars.
      expect(article(rated.id)).toEqual({ views: 0, rating_count: 500, rating_sum: 1500 });
      const days = db.prepare('SELECT day, count FROM view_days WHERE article_id = ?').all(viewed.id) as {
        day: string;
        count: number;
      }[];
      // One row for the day (UTC); two only if the burst straddled midnight.
      expect(days.reduce((n, d) => n + d.count, 0)).toBe(2000);
      expect([...new Set([dayBefore, today()])]).toEqual(days.map((d) => d.day).sort());
      const readers = db
        .prepare('SELECT count(*) AS n FROM reader_views WHERE article_id = ?')
        .get(viewed.id);
      expect(readers).toEqual({ n: 2000 });
      const voteRows = db
        .prepare('SELECT count(DISTINCT reader_id) AS n FROM votes WHERE article_id = ?')
        .get(rated.id);
      expect(voteRows).toEqual({ n: 500 });
    } finally {
      db.close();
    }
    expect(countersOffTheirRows(dataDir)).toEqual([]);
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
});

test('a server killed with SIGKILL in the middle of a burst restarts intact, every answered write kept', async () => {
  const first = await spawnWatched('scripts/serve.mjs', dataDir, LIMITS);
  const own: Server = { baseURL: first.url, dataDir };
  const author = addAuthor(own);
  const articles = [
    importArticle('Killed mid-burst one', author, own),
    importArticle('Killed mid-burst two', author, own),
  ];

  let answered = 0;
  const exited = new Promise((resolve) => first.child.once('exit', resolve));
  const counted = (status: number) => {
    if (status === 200 && ++answered === 150) first.child.kill('SIGKILL');
    return status;
  };
  // Far more than the server answers before the kill: the burst is cut in the middle.
  const outcomes = await inParallel(4000, 400, (i) => {
    const { id } = articles[i % 2];
    return (i % 5 === 0 ? vote(first.url, id, (i % 4) + 2) : view(first.url, id)).then(counted);
  });
  await exited;
  const ok = outcomes.filter((s) => s === 200).length;
  expect(ok).toBeGreaterThanOrEqual(150);
  expect(outcomes.filter((s) => s === 0).length).toBeGreaterThan(0);

  // Every write that was answered 200 was committed before its answer, so it survives the kill.
  const okViews = outcomes.filter((s, i) => s === 200 && i % 5 !== 0).length;
  const okVotes = ok - okViews;
  const second = await spawnWatched('scripts/serve.mjs', dataDir, LIMITS);
  try {
    const db = openDb(dataDir);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const totals = db
        .prepare(`SELECT sum(views) AS views, sum(rating_count) AS votes FROM articles WHERE id IN (?, ?)`)
        .get(articles[0].id, articles[1].id) as { views: number; votes: number };
      expect(totals.views).toBeGreaterThanOrEqual(okViews);
      expect(totals.votes).toBeGreaterThanOrEqual(okVotes);
    } finally {
      db.close();
    }
    expect(countersOffTheirRows(dataDir)).toEqual([]);
    // And it serves: a new reader is counted on top of what survived.
    expect(await view(second.url, articles[0].id)).toBe(200);
  } finally {
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
  }
});

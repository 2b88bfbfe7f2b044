// 2,000 votes and 10,000 view beacons in parallel (50 in flight) from many readers: the counts in
// the database file and on the page must be exact, not roughly right. It runs against a server of
// its own (same build, fresh data directory, limits raised), so this load never holds the shared
// database's write lock while other specs save articles or create staff.
import { expect, test } from '@playwright/test';
import {
  addAuthor,
  BROWSER_UA,
  importArticle,
  inParallel,
  queryOne,
  sendVote,
  sendView,
  type Server,
} from './moderation-fixtures';
import { startOwnServer } from './own-server';

// isbot counts HeadlessChrome as a crawler (never counted): the page is opened as a plain Chrome.
test.use({ userAgent: BROWSER_UA });

const IN_FLIGHT = 50;
// Votes: 1,600 readers vote once and 200 vote twice (the second replaces the first) = 2,000 posts.
const ONCE = 1600;
const TWICE = 200;
// Views: 8,000 new readers and 1,000 readers who reload within 30 minutes = 10,000 beacons.
const NEW_VIEWERS = 8000;
const RELOADERS = 1000;
const UNLIMITED = '1000000/1m';

let server: (Server & { stop: () => void }) | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startOwnServer({
    NEWSROOM_VOTE_LIMIT_PER_ADDRESS: UNLIMITED,
    NEWSROOM_VOTE_LIMIT_PER_NETWORK: UNLIMITED,
    NEWSROOM_VOTE_LIMIT_PER_READER: UNLIMITED,
    NEWSROOM_VIEW_LIMIT_PER_ADDRESS: UNLIMITED,
    NEWSROOM_VIEW_LIMIT_PER_READER: UNLIMITED,
    TRUSTED_PROXY_HOPS: '1',
  });
});

test.afterAll(() => server?.stop());

test('parallel votes and views end with exact counts in the database and on the page', async ({ page }) => {
  // About 40 s on a quiet 2-core machine; the margin is for a machine shared with builds.
  test.setTimeout(300_000);
  const own = server!;
  const article = importArticle(
    `Election night live figures ${Date.now().toString(36)}`,
    addAuthor(own),
    own,
  );
  const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

  let expectedSum = 0;
  const votes = inParallel(ONCE + TWICE, IN_FLIGHT / 2, async (i) => {
    const first = ((i * 7) % 5) + 1;
    const a = await sendVote(article.id, first, { address: address(i), server: own });
    expect(a.status, a.body.error).toBe(200);
    if (i < ONCE) return (expectedSum += first);
    const second = (first % 5) + 1;
    const b = await sendVote(article.id, second, { address: address(i), cookie: a.cookie, server: own });
    expect(b.status, b.body.error).toBe(200);
    expectedSum += second;
  });
  const views = inParallel(NEW_VIEWERS + RELOADERS, IN_FLIGHT / 2, async (i) => {
    const a = await sendView(article.id, { address: address(100_000 + i), server: own });
    expect(a.status).toBe(200);
    if (i >= NEW_VIEWERS) {
      const again = await sendView(article.id, {
        address: address(100_000 + i),
        cookie: a.cookie,
        server: own,
      });
      expect(again.status).toBe(200);
    }
  });
  const started = Date.now();
  await Promise.all([votes, views]);
  const seconds = (Date.now() - started) / 1000;
  const measured = `12,000 requests in ${seconds.toFixed(1)} s (${Math.round(12_000 / seconds)} requests/s, ${IN_FLIGHT} in flight)`;
  test.info().annotations.push({ type: 'measured', description: measured });
  console.log(`concurrency: ${measured}`);

  const readers = ONCE + TWICE;
  const stored = queryOne<{ views: number; sum: number; count: number }>(
    own,
    'SELECT views, rating_sum AS sum, rating_count AS count FROM articles WHERE id = ?',
    article.id,
  );
  expect(stored).toEqual({ views: NEW_VIEWERS + RELOADERS, sum: expectedSum, count: readers });
  const rows = queryOne<{ sum: number; count: number }>(
    own,
    'SELECT SUM(stars) AS sum, COUNT(*) AS count FROM votes WHERE article_id = ? AND removed_at IS NULL',
    article.id,
  );
  expect(rows).toEqual({ sum: expectedSum, count: readers });
  const days = queryOne<{ total: number }>(
    own,
    'SELECT SUM(count) AS total FROM view_days WHERE article_id = ?',
    article.id,
  );
  expect(days.total).toBe(NEW_VIEWERS + RELOADERS);

  // A new reader's page shows the same numbers, plus their own view.
  await page.goto(`${own.baseURL}/articles/${article.slug}`);
  await expect(page.getByTestId('view-count')).toHaveText(
    (NEW_VIEWERS + RELOADERS + 1).toLocaleString('en-GB'),
    {
      timeout: 30_000,
    },
  );
  await expect(page.getByRole('region', { name: 'Rate this item' })).toContainText(
    `(${readers.toLocaleString('en-GB')} votes)`,
  );
});

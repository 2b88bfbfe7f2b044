// 2,000 votes and 10,000 view beacons in parallel (50 in flight) from many readers: the counts in
// the database file and on the page must be exact, not roughly right.
import { expect, test } from '@playwright/test';
import { createStaff } from './staff';
import { BROWSER_UA, importArticle, inParallel, queryOne, sendVote, sendView } from './moderation-fixtures';

// isbot counts HeadlessChrome as a crawler (never counted): the page is opened as a plain Chrome.
test.use({ userAgent: BROWSER_UA });

const IN_FLIGHT = 50;
// Votes: 1,600 readers vote once and 200 vote twice (the second replaces the first) = 2,000 posts.
const ONCE = 1600;
const TWICE = 200;
// Views: 8,000 new readers and 1,000 readers who reload within 30 minutes = 10,000 beacons.
const NEW_VIEWERS = 8000;
const RELOADERS = 1000;

test('parallel votes and views end with exact counts in the database and on the page', async ({ page }) => {
  // About 30 s on an idle 2-core machine; the margin is for a machine shared with builds.
  test.setTimeout(300_000);
  const author = createStaff('journalist');
  const article = importArticle(`Election night live figures ${Date.now().toString(36)}`, author.email);
  const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

  let expectedSum = 0;
  const votes = inParallel(ONCE + TWICE, IN_FLIGHT / 2, async (i) => {
    const first = ((i * 7) % 5) + 1;
    const a = await sendVote(article.id, first, { address: address(i) });
    expect(a.status, a.body.error).toBe(200);
    if (i < ONCE) return (expectedSum += first);
    const second = (first % 5) + 1;
    const b = await sendVote(article.id, second, { address: address(i), cookie: a.cookie });
    expect(b.status, b.body.error).toBe(200);
    expectedSum += second;
  });
  const views = inParallel(NEW_VIEWERS + RELOADERS, IN_FLIGHT / 2, async (i) => {
    const a = await sendView(article.id, { address: address(100_000 + i) });
    expect(a.status).toBe(200);
    if (i >= NEW_VIEWERS)
      expect((await sendView(article.id, { address: address(100_000 + i), cookie: a.cookie })).status).toBe(
        200,
      );
  });
  const started = Date.now();
  await Promise.all([votes, views]);
  const seconds = (Date.now() - started) / 1000;
  const measured = `12,000 requests in ${seconds.toFixed(1)} s (${Math.round(12_000 / seconds)} requests/s, ${IN_FLIGHT} in flight)`;
  test.info().annotations.push({ type: 'measured', description: measured });
  console.log(`concurrency: ${measured}`);

  const readers = ONCE + TWICE;
  const stored = queryOne<{ views: number; sum: number; count: number }>(
    'SELECT views, rating_sum AS sum, rating_count AS count FROM articles WHERE id = ?',
    article.id,
  );
  expect(stored).toEqual({ views: NEW_VIEWERS + RELOADERS, sum: expectedSum, count: readers });
  const rows = queryOne<{ sum: number; count: number }>(
    'SELECT SUM(stars) AS sum, COUNT(*) AS count FROM votes WHERE article_id = ? AND removed_at IS NULL',
    article.id,
  );
  expect(rows).toEqual({ sum: expectedSum, count: readers });
  const days = queryOne<{ total: number }>(
    'SELECT SUM(count) AS total FROM view_days WHERE article_id = ?',
    article.id,
  );
  expect(days.total).toBe(NEW_VIEWERS + RELOADERS);

  // A new reader's page shows the same numbers, plus their own view.
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByTestId('view-count')).toHaveText(
    (NEW_VIEWERS + RELOADERS + 1).toLocaleString('en-GB'),
    { timeout: 30_000 },
  );
  await expect(page.getByRole('region', { name: 'Rate this item' })).toContainText(`(${readers} votes)`);
});

// "Read N times": a new reader counts once, reloads, prefetches and crawlers do not, and the cached
// page stays the same for everyone (the live numbers come from their own endpoint).
import { expect, test } from '@playwright/test';
import { createAuthorWithArticles } from './article-fixtures';
import { newReader, openLive, READER_UA, viewCount } from './article-readers';

test.use({ userAgent: READER_UA });

test('a new reader raises "Read N times" by one; reloads, prefetches and HEAD do not', async ({
  page,
  browser,
  request,
}) => {
  const { articles } = createAuthorWithArticles(1);
  const [article] = articles;
  const first = await openLive(page, article.slug);
  const before = await viewCount(page);
  expect(before).toBe(first.views);

  await request.get(`/articles/${article.slug}`, {
    headers: { 'Next-Router-Prefetch': '1', purpose: 'prefetch' },
  });
  await request.head(`/articles/${article.slug}`);
  await request.get(`/articles/${article.slug}`);
  expect((await request.get(`/api/articles/${article.id}/live`)).status()).toBe(405);
  const crawler = await request.post(`/api/articles/${article.id}/live`, {
    headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
  });
  expect((await crawler.json()).views).toBe(before);
  const crossSite = await request.post(`/api/articles/${article.id}/live`, {
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
  });
  expect(crossSite.status()).toBe(403);
  await openLive(page, article.slug);
  expect(await viewCount(page)).toBe(before);

  const other = await newReader(browser);
  const second = await other.newPage();
  const live = await openLive(second, article.slug);
  expect(live.views).toBe(before + 1);
  await expect(second.getByText(new RegExp(`^Read ${before + 1} times?$`))).toBeVisible();
  await other.close();

  const cookie = (await page.context().cookies()).find((c) => c.name === 'nr_reader');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});

test('the cached page sets no cookie and is the same for every reader', async ({ request }) => {
  const { articles } = createAuthorWithArticles(1);
  const url = `/articles/${articles[0].slug}`;
  await request.get(url);
  const response = await request.get(url);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(response.headers()['x-nextjs-cache']).toBe('HIT');
});

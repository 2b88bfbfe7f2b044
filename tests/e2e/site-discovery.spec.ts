// Search and discovery: ranked search with filters, sitemaps, per-author and per-tag feeds, and the
// metadata search engines and social sites read.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ArticleRef } from '@/db/affected';
import { seriousViolations } from './page-checks';
import {
  authorWithArticles,
  expireArticlesAdded,
  sectionsWithArticles,
  tagWithArticles,
} from './site-fixtures';

/** Two public articles sharing a made-up word, in two sections; the second has no summary or image. */
async function twoArticles() {
  const word = `zq${randomBytes(4).toString('hex')}`;
  const [first, second] = sectionsWithArticles();
  const db = new Database(path.join(process.env.E2E_DATA_DIR!, 'newsroom.db'));
  let added: ArticleRef[] = [];
  try {
    db.pragma('busy_timeout = 5000');
    // Two authors, so neither article sits in the other's "Latest from" list (which related leaves out).
    const [a, b] = db.prepare('SELECT id FROM users ORDER BY id LIMIT 2').all() as { id: number }[];
    const insert = db.prepare<unknown[], { id: number }>(
      `INSERT INTO articles (slug, title, summary, body, author_id, section_id, status, published_at)
       VALUES (?, ?, ?, ?, ?, ?, 'published', ?) RETURNING id`,
    );
    const body = `<p>The ferry office said the ${word} timetable starts on Monday. Crossings run hourly.</p>`;
    const one = insert.get(
      `${word}-one`,
      `Harbour ${word} plan approved`,
      'A plan.',
      body,
      a.id,
      first.id,
      Date.now() - 60_000,
    );
    const two = insert.get(
      `${word}-two`,
      `Ferry ${word} schedule`,
      '',
      body,
      b.id,
      second.id,
      Date.now() - 120_000,
    );
    added = [
      { id: one!.id, authorId: a.id, sectionId: first.id, tagIds: [], storyId: one!.id },
      { id: two!.id, authorId: b.id, sectionId: second.id, tagIds: [], storyId: two!.id },
    ];
  } finally {
    db.close();
  }
  await expireArticlesAdded(added);
  return { word, first, second };
}

test('a reader searches, narrows by section and opens a result with a marked snippet', async ({ page }) => {
  const { word, second } = await twoArticles();
  await page.goto('/');
  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole('heading', { level: 2, name: `2 results for “${word}”` })).toBeVisible();
  await expect(page.locator('mark', { hasText: word }).first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Section', exact: true }).selectOption(second.slug);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`section=${second.slug}`));
  await expect(page.getByRole('heading', { level: 2, name: `1 result for “${word}”` })).toBeVisible();
  await page.getByRole('link', { name: `Ferry ${word} schedule` }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${word}-two$`));
  const related = page.getByRole('region', { name: 'Related stories' });
  await expect(related.getByRole('link', { name: `Harbour ${word} plan approved` })).toBeVisible();
});

test('search results with filters and marked snippets have no serious axe violations', async ({ page }) => {
  const { word } = await twoArticles();
  await page.goto(`/search?q=${word}`);
  await expect(page.locator('mark').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('hostile searches answer 200 with a readable page', async ({ request }) => {
  for (const q of ['"', 'NEAR(', '*', '!!!', 'x'.repeat(2000), '(a OR b', "'; DROP TABLE articles; --"]) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q).toBe(200);
  }
  const bad = await request.get('/search?q=ferry&from=yesterday');
  expect(await bad.text()).toContain('is not a date like 2026-04-26');
});

test('an article without summary or image has a description, a generated card and JSON-LD', async ({
  page,
  request,
}) => {
  const { word } = await twoArticles();
  await page.goto(`/articles/${word}-two`);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description).toContain(`The ferry office said the ${word} timetable starts on Monday.`);
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(new RegExp(`/articles/${word}-two/card\\.png$`));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const card = await request.get(new URL(ogImage!).pathname);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.map((d: { '@type': string }) => d['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
  expect(ld[0].publisher.logo.url).toMatch(/\/icon\.svg$/);
});

test('the sitemap index lists parseable children, and robots.txt points at it', async ({ page, request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  const index = await (await request.get('/sitemap.xml')).text();
  await page.goto('about:blank');
  const locs = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    return Array.from(doc.querySelectorAll('sitemap > loc')).map((l) => l.textContent!);
  }, index);
  expect(locs.some((l) => l.endsWith('/sitemaps/pages.xml'))).toBe(true);
  for (const loc of locs.slice(0, 3)) {
    const response = await request.get(new URL(loc).pathname);
    expect(response.status()).toBe(200);
    const urls = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return doc.querySelector('parsererror') ? -1 : doc.querySelectorAll('url > loc').length;
      },
      await response.text(),
    );
    expect(urls).toBeGreaterThan(0);
  }
  expect((await request.get('/news-sitemap.xml')).status()).toBe(200);
  expect((await request.get('/sitemaps/articles-1999-13-1.xml')).status()).toBe(404);
});

test('section, author and tag pages carry a BreadcrumbList', async ({ page }) => {
  for (const path of [
    `/sections/${sectionsWithArticles()[0].slug}`,
    `/authors/${authorWithArticles().slug}`,
    `/tags/${tagWithArticles().slug}`,
  ]) {
    await page.goto(path);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement.at(-1).item).toMatch(new RegExp(`${path}$`));
  }
});

test('author and tag pages link their own RSS feeds', async ({ page, request }) => {
  for (const path of [`/authors/${authorWithArticles().slug}`, `/tags/${tagWithArticles().slug}`]) {
    await page.goto(path);
    const href = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .last()
      .getAttribute('href');
    expect(href).toMatch(new RegExp(`${path}/feed\\.xml$`));
    const feed = await request.get(new URL(href!, page.url()).pathname);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('<rss');
  }
  expect((await request.get('/tags/no-such-tag-here/feed.xml')).status()).toBe(404);
});

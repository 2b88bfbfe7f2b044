// Finding articles: search by the words of a title, and the RSS feeds.
import { expect, test } from '@playwright/test';
import { expectOneH1AndDescription } from './page-checks';
import { archivedArticle, sectionsWithArticles } from './site-fixtures';

test('search finds a demo article by the words of its title', async ({ page }) => {
  const article = archivedArticle();
  await page.goto('/search');
  await expectOneH1AndDescription(page);
  await page.getByLabel('Search articles').fill(article.title.replace(/[^\p{L}\p{N}\s]/gu, ' '));
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { level: 2, name: /results? for/ })).toBeVisible();
  await page.getByRole('link', { name: article.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
});

test('search says so when nothing matches', async ({ page }) => {
  await page.goto('/search?q=zzqxv+nothing+like+this');
  await expect(page.getByRole('heading', { level: 2, name: /No results for/ })).toBeVisible();
});

test('feed.xml is valid RSS 2.0 with the latest articles', async ({ page, request }) => {
  for (const url of ['/feed.xml', `/sections/${sectionsWithArticles()[0].slug}/feed.xml`]) {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const xml = await response.text();
    await page.goto('about:blank');
    const summary = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const items = Array.from(doc.querySelectorAll('channel > item'));
      return {
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        title: doc.querySelector('channel > title')?.textContent ?? '',
        items: items.length,
        complete: items.every((i) =>
          ['title', 'link', 'guid', 'pubDate'].every((tag) => i.querySelector(tag)?.textContent),
        ),
        dates: items.map((i) => Date.parse(i.querySelector('pubDate')?.textContent ?? '')),
      };
    }, xml);
    expect(summary.parseError).toBeNull();
    expect(summary.version).toBe('2.0');
    expect(summary.title).toContain('Newsroom');
    expect(summary.items).toBeGreaterThan(0);
    expect(summary.complete).toBe(true);
    expect(summary.dates).toEqual([...summary.dates].sort((a, b) => b - a));
  }
});

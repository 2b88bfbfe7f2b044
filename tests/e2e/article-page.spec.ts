// The article page as readers meet it: every element in order, print, 404s, accessibility and the
// lead image. Each test opens articles of its own (see article-fixtures.ts).
import { expect, test } from '@playwright/test';
import { createAuthorWithArticles, illustratedArticle, setPublishedAt } from './article-fixtures';
import { openLive, READER_UA } from './article-readers';
import { seriousViolations } from './page-checks';

test.use({ userAgent: READER_UA });

const DATE =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} \d{2}:\d{2}$/;

test('a reader sees every element of the article page', async ({ page }) => {
  const { author, articles } = createAuthorWithArticles(7);
  const [article, ...others] = articles;
  await openLive(page, article.slug);

  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  await expect(page.locator('article time')).toHaveText(DATE);
  await expect(page.locator('article time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  const byline = page.getByText(/^Written by/);
  await expect(byline).toHaveText(`Written by ${author.name}`);
  await expect(byline.getByRole('link', { name: author.name })).toHaveAttribute(
    'href',
    `/authors/${author.slug}`,
  );
  await expect(page.getByRole('heading', { name: 'Rate this item' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rate 3 out of 5 stars' })).toBeVisible();
  await expect(page.getByText('(0 votes)')).toBeVisible();
  await expect(page.getByText('The harbour master confirmed on Thursday')).toBeVisible();
  await expect(page.getByText(/^Read 1 time$/)).toBeVisible();
  await expect(page.getByText(author.fullName)).toBeVisible();
  await expect(page.getByText(author.bio)).toBeVisible();
  const latest = page.getByRole('region', { name: `Latest from ${author.name}` });
  await expect(latest.getByRole('heading')).toHaveText(`Latest from ${author.name}`);
  await expect(latest.getByRole('link')).toHaveText(others.slice(0, 5).map((a) => a.title));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/articles/${article.slug}$`),
  );

  // The order the issue asks for, top to bottom.
  const tops = await Promise.all(
    [
      page.getByRole('button', { name: 'Print this page' }),
      page.locator('article time'),
      page.getByRole('heading', { level: 1 }),
      byline,
      page.getByRole('heading', { name: 'Rate this item' }),
      page.getByText('The harbour master confirmed on Thursday'),
      page.getByText(/^Read 1 time$/),
      page.getByText(author.bio),
      latest,
    ].map(async (l) => (await l.boundingBox())!.y),
  );
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
});

test('the print stylesheet leaves only the article and its address', async ({ page }) => {
  const { author, articles } = createAuthorWithArticles(3);
  const [article] = articles;
  await openLive(page, article.slug);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    page.getByRole('banner'),
    page.getByRole('contentinfo'),
    page.getByRole('navigation').first(),
    page.getByRole('heading', { name: 'Rate this item' }),
    page.getByRole('heading', { name: `Latest from ${author.name}` }),
    page.getByRole('button', { name: 'Print this page' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  expect(await page.getByRole('button').count()).toBe(
    await page.getByRole('button').filter({ visible: false }).count(),
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Written by/)).toBeVisible();
  await expect(page.locator('article time')).toBeVisible();
  await expect(page.getByText('The harbour master confirmed on Thursday')).toBeVisible();
  await expect(page.getByText(new RegExp(`^https?://[^/]+/articles/${article.slug}$`))).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Print-friendly view' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/print$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/articles/${article.slug}$`),
  );
});

test('unknown and scheduled articles answer a helpful 404', async ({ page, request }) => {
  const response = await page.goto('/articles/no-such-article-here');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can.t find/i);
  await expect(page.getByRole('link', { name: /front page/i }).first()).toBeVisible();

  const { articles } = createAuthorWithArticles(1);
  setPublishedAt(articles[0].id, Date.now() + 24 * 60 * 60 * 1000);
  expect((await request.get(`/articles/${articles[0].slug}`)).status()).toBe(404);
  expect((await request.post(`/api/articles/${articles[0].id}/live`)).status()).toBe(404);
});

test('axe finds no serious or critical violations on an article page', async ({ page }) => {
  const { articles } = createAuthorWithArticles(2);
  await openLive(page, articles[0].slug);
  expect(await seriousViolations(page)).toEqual([]);
});

test('an illustrated article shows its lead image with caption and credit, section, tags and an initials avatar', async ({
  page,
}) => {
  const article = illustratedArticle();
  expect(article, 'the demo content has an illustrated article').toBeTruthy();
  await page.goto(`/articles/${article.slug}`);

  const figure = page.locator('article figure').filter({ hasText: article.caption });
  const image = figure.locator('img');
  await expect(image).toBeVisible();
  // Width and height reserve the space before the image arrives, so nothing shifts.
  await expect(image).toHaveAttribute('width', /^\d+$/);
  await expect(image).toHaveAttribute('height', /^\d+$/);
  await expect(image).toHaveAttribute('srcset', /\/uploads\/.+ \d+w/);
  await expect(figure).toContainText(article.credit);
  await expect(
    page.locator('article').getByRole('link', { name: article.section, exact: true }),
  ).toBeVisible();
  await expect(page.locator('article').getByRole('link', { name: article.tag, exact: true })).toBeVisible();

  // No photo: the author block draws the byline's initials ("Budi N" → "BN").
  const words = article.byline.trim().split(/\s+/);
  const initials = [words[0], words.length > 1 ? words[words.length - 1] : '']
    .map((w) => (w ? w[0].toUpperCase() : ''))
    .join('');
  await expect(page.getByRole('img', { name: article.byline, exact: true })).toHaveText(initials);
  await expect(page.getByText(article.fullName)).toBeVisible();
});

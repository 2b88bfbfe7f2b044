// The list pages of a section, an author and a tag, with their pages and their 404s.
import { expect, test } from '@playwright/test';
import { expectOneH1AndDescription } from './page-checks';
import { authorWithArticles, sectionsWithArticles, tagWithArticles } from './site-fixtures';

test.describe('section pages', () => {
  test('list the section’s articles, newest first, with pages', async ({ page }) => {
    const [section] = sectionsWithArticles();
    await page.goto(`/sections/${section.slug}`);
    await expectOneH1AndDescription(page);
    await expect(page.getByRole('heading', { level: 1, name: section.name })).toBeVisible();
    const titles = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(titles.first()).toBeVisible();
    // Other specs publish and unpublish in this shared database while this one runs: the page must
    // show the section's count as it was just before or just after it was rendered.
    const after = sectionsWithArticles().find((s) => s.id === section.id)?.n ?? 0;
    expect([Math.min(section.n, 12), Math.min(after, 12)]).toContain(await titles.count());
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      new RegExp(`/sections/${section.slug}/feed\\.xml$`),
    );
    if (Math.min(section.n, after) > 12) {
      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Older/ }).click();
      await expect(page).toHaveURL(new RegExp(`/sections/${section.slug}\\?page=2$`));
      await expect(page.getByText('Page 2 of')).toBeVisible();
    }
  });

  test('answer 404 for a page past the end, page 0, negative and non-numeric pages', async ({ page }) => {
    const [section] = sectionsWithArticles();
    for (const bad of ['999', '0', '-1', 'x']) {
      const response = await page.goto(`/sections/${section.slug}?page=${bad}`);
      expect(response?.status(), `?page=${bad}`).toBe(404);
    }
    await expect(page.getByRole('heading', { level: 1, name: /can’t find that page/ })).toBeVisible();
  });

  test('answer 404 for an unknown section', async ({ page }) => {
    const response = await page.goto('/sections/no-such-section');
    expect(response?.status()).toBe(404);
  });
});

test('an author page shows the author block and their articles', async ({ page }) => {
  const author = authorWithArticles();
  const response = await page.goto(`/authors/${author.slug}`);
  expect(response?.status()).toBe(200);
  await expectOneH1AndDescription(page);
  await expect(page.getByRole('heading', { level: 1, name: author.name })).toBeVisible();
  const block = page.getByRole('region', { name: `About ${author.name}` });
  await expect(block.getByRole('img', { name: author.name })).toBeVisible();
  if (author.full_name !== author.name)
    await expect(block.getByText(author.full_name, { exact: true })).toBeVisible();
  if (author.bio) await expect(block.getByText(author.bio)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`Articles by ${author.name}`) }),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(Math.min(author.n, 12));
  expect((await page.goto(`/authors/${author.slug}?page=999`))?.status()).toBe(404);
});

test('a tag page lists the articles with that tag', async ({ page }) => {
  const tag = tagWithArticles();
  await page.goto(`/tags/${tag.slug}`);
  await expectOneH1AndDescription(page);
  await expect(page.getByRole('heading', { level: 1, name: tag.name })).toBeVisible();
  await expect(page.getByRole('link', { name: tag.title, exact: true })).toBeVisible();
  expect((await page.goto(`/tags/${tag.slug}?page=2x`))?.status()).toBe(404);
});

// The 404 page: helpful, with search, the sections to browse and a way back.
import { expect, test } from '@playwright/test';
import { sectionsWithArticles } from './site-fixtures';

test('an unknown address gets a helpful 404 with search and a way back', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/Page not found/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByLabel('Search articles')).toBeVisible();
  const browse = page.getByRole('navigation', { name: 'Sections to browse' });
  await expect(browse.getByRole('link', { name: 'Front page' })).toHaveAttribute('href', '/');
});

test('a 404 from a list page offers the sections to browse', async ({ page }) => {
  const response = await page.goto('/sections/no-such-section');
  expect(response?.status()).toBe(404);
  const browse = page.getByRole('navigation', { name: 'Sections to browse' });
  for (const section of sectionsWithArticles()) {
    await expect(browse.getByRole('link', { name: section.name, exact: true })).toHaveAttribute(
      'href',
      `/sections/${section.slug}`,
    );
  }
});

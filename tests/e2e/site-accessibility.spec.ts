// The public pages checked with axe, in the light and the dark scheme.
import { expect, test } from '@playwright/test';
import { seriousViolations } from './page-checks';
import { authorWithArticles, sectionsWithArticles } from './site-fixtures';

test.describe('accessibility (axe)', () => {
  test('the front page has no serious or critical violations', async ({ page }) => {
    await page.goto('/');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a section page has no serious or critical violations', async ({ page }) => {
    await page.goto(`/sections/${sectionsWithArticles()[0].slug}`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('an author page has no serious or critical violations', async ({ page }) => {
    await page.goto(`/authors/${authorWithArticles().slug}`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the front page in the dark scheme has no serious or critical violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

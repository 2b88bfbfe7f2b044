// The front page: a lead story, the latest articles, a block per section, the site's header and
// footer, and nothing that is not public.
import { expect, test } from '@playwright/test';
import { expectOneH1AndDescription } from './page-checks';
import { sectionsWithArticles, unpublishedTitle } from './site-fixtures';

test.describe('the front page', () => {
  test('shows a lead story, the latest articles and a block per section', async ({ page }) => {
    await page.goto('/');
    await expectOneH1AndDescription(page);
    const lead = page.getByRole('region', { name: 'Lead story' });
    await expect(lead.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute(
      'href',
      /^\/articles\//,
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Latest' })).toBeVisible();
    for (const section of sectionsWithArticles()) {
      const block = page.getByRole('region', { name: section.name, exact: true });
      await expect(block.getByRole('heading', { level: 2, name: section.name })).toBeVisible();
      await expect(block.getByRole('link', { name: section.name, exact: true })).toHaveAttribute(
        'href',
        `/sections/${section.slug}`,
      );
    }
  });

  test('has a header with the sections, a skip link to the content and a footer', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    for (const section of sectionsWithArticles())
      await expect(nav.getByRole('link', { name: section.name })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expect(page.getByRole('main')).toHaveAttribute('id', 'main');
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      /\/feed\.xml$/,
    );
  });

  test('never lists an article that is not public', async ({ page }) => {
    const hidden = unpublishedTitle();
    test.skip(hidden === null, 'the demo newsroom has no draft or scheduled article');
    await page.goto('/');
    await expect(page.getByRole('link', { name: hidden!, exact: true })).toHaveCount(0);
  });
});

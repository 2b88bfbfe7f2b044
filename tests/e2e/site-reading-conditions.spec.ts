// The site as readers' own settings meet it: without JavaScript, printed, on a narrow phone and in
// a dark system setting.
import { expect, test } from '@playwright/test';
import { authorWithArticles, sectionsWithArticles } from './site-fixtures';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 404 page for an unknown address is in the HTML', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: /can’t find that page/ })).toBeVisible();
  });

  test('a 404 raised by a page is in the HTML too, with its status (issue 10)', async ({ page }) => {
    const [section] = sectionsWithArticles();
    for (const url of [
      '/articles/no-such-article',
      '/articles/no-such-article/print',
      '/sections/no-such-section',
      '/authors/no-such-author',
      '/tags/no-such-tag',
      `/sections/${section.slug}?page=99999`,
      `/authors/${authorWithArticles().slug}?page=99999`,
    ]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: /can’t find that page/ }), url).toBeVisible();
      await expect(page.getByLabel('Search articles'), url).toBeVisible();
    }
  });

  test('the front page and a section page are in the HTML', async ({ page }) => {
    const [section] = sectionsWithArticles();
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Lead story' }).getByRole('link').first()).toBeVisible();
    await page.goto(`/sections/${section.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: section.name })).toBeVisible();
  });
});

test('a printout leaves out the site header, the navigation and the footer', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.locator('[data-site-header]')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await expect(page.locator('[data-site-footer]')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no page scrolls sideways', async ({ page }) => {
    const [section] = sectionsWithArticles();
    for (const url of [
      '/',
      `/sections/${section.slug}`,
      `/authors/${authorWithArticles().slug}`,
      '/search?q=the',
      '/nowhere',
    ]) {
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('with a dark system setting', () => {
  test.use({ colorScheme: 'dark' });

  test('the site follows it', async ({ page }) => {
    await page.goto('/');
    const [bg, fg] = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.backgroundColor, style.color];
    });
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(luminance(bg)).toBeLessThan(60);
    expect(luminance(fg)).toBeGreaterThan(180);
  });
});

// Issue 11: editions on the public site. The default edition keeps every address; another edition
// lives under its tag, in its own language and direction, and linked translations point at each
// other (the "Also in" line and hreflang alternates). Reads the demo newsroom's id and ar editions.
import { expect, test } from '@playwright/test';
import { seriousViolations } from './page-checks';
import { sectionsWithArticles, translationIn } from './site-fixtures';

test('the default edition keeps its addresses, in English, left to right', async ({ page, request }) => {
  const section = sectionsWithArticles()[0];
  const response = await page.goto(`/sections/${section.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // The internal segment the default edition is served from is never an address of its own.
  const internal = await request.get(`/default/sections/${section.slug}`, { maxRedirects: 0 });
  expect(internal.status()).toBe(308);
  expect(internal.headers().location).toBe(`/sections/${section.slug}`);
  // A section of another edition is not in this one.
  expect((await request.get(`/sections/${translationIn('id').sectionSlug}`)).status()).toBe(404);
});

test('an Indonesian article is in Indonesian, under /id, linked to its English source', async ({
  page,
  request,
}) => {
  const story = translationIn('id');
  const response = await page.goto(`/id/articles/${story.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  // Every word of the page's interface is Indonesian.
  await expect(page.getByText('Cetak halaman ini').first()).toBeVisible();
  const alsoIn = page.getByRole('navigation', { name: 'Juga dalam' });
  await expect(alsoIn.getByRole('link', { name: 'English' })).toHaveAttribute(
    'href',
    `/articles/${story.sourceSlug}`,
  );
  await expect(alsoIn.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    new RegExp(`/articles/${story.sourceSlug}$`),
  );
  await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute(
    'href',
    new RegExp(`/id/articles/${story.slug}$`),
  );
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
    'href',
    new RegExp(`/articles/${story.sourceSlug}$`),
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/id/articles/${story.slug}$`),
  );
  // Links on the page stay in the edition.
  await expect(page.getByRole('navigation', { name: 'Rubrik' }).getByRole('link').first()).toHaveAttribute(
    'href',
    '/id',
  );

  // The English source lists the translation, named in its own language.
  await page.goto(`/articles/${story.sourceSlug}`);
  const back = page
    .getByRole('navigation', { name: 'Also in' })
    .getByRole('link', { name: 'Bahasa Indonesia' });
  await expect(back).toHaveAttribute('href', `/id/articles/${story.slug}`);
  await expect(back).toHaveAttribute('lang', 'id');

  // Under the wrong prefix (or none), an article answers with its own address.
  // (Next 16 sends a cached page's redirect with its Location twice, the same value both times.)
  const wrong = await request.get(`/articles/${story.slug}`, { maxRedirects: 0 });
  expect(wrong.status()).toBe(308);
  expect(new Set(wrong.headers().location.split(', '))).toEqual(new Set([`/id/articles/${story.slug}`]));
});

test('an Arabic article is right to left, and its section and feed are the edition’s', async ({
  page,
  request,
}) => {
  const story = translationIn('ar');
  await page.goto(`/ar/articles/${story.slug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await seriousViolations(page)).toEqual([]);

  const section = await request.get(`/ar/sections/${story.sectionSlug}`);
  expect(section.status()).toBe(200);
  expect(await section.text()).toContain(`/ar/articles/${story.slug}`);

  const feed = await request.get('/ar/feed.xml');
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml).toContain('<language>ar</language>');
  expect(xml).toContain(`/ar/articles/${story.slug}`);
  expect(xml).not.toContain(`/articles/${story.sourceSlug}<`);
  expect((await request.get('/xx/feed.xml')).status()).toBe(404);
});

test('a reader switches edition from the header', async ({ page }) => {
  await page.goto('/');
  const editions = page.getByRole('navigation', { name: 'Editions' });
  await expect(editions.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  // Each a touch target of at least 24 × 24 px (WCAG 2.2 target size), on a phone's width too.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const box of await editions
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => l.getBoundingClientRect().toJSON() as DOMRect)))
    expect(Math.min(box.height, box.width)).toBeGreaterThanOrEqual(24);
  await editions.getByRole('link', { name: 'Bahasa Indonesia' }).click();
  await expect(page).toHaveURL(/\/id$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(
    page.getByRole('navigation', { name: 'Edisi' }).getByRole('link', { name: 'Bahasa Indonesia' }),
  ).toHaveAttribute('aria-current', 'true');
  const story = translationIn('id');
  await expect(page.locator(`a[href="/id/articles/${story.slug}"]`).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('an unknown edition and the default edition’s own tag as a prefix are not addresses', async ({
  request,
}) => {
  expect((await request.get('/xx')).status()).toBe(404);
  expect((await request.get('/en')).status()).toBe(404);
  expect((await request.get(`/en/articles/${translationIn('id').sourceSlug}`)).status()).toBe(404);
});

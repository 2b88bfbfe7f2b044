// Readers' pages run no framework in the browser (DESIGN.md §1): the server's HTML is the page, and
// the article's own island (public/islands/article.js) is the only script. Checked here on the real
// server as readers get its pages, and in the browser for what the island does besides the live
// numbers and the rating (their own specs): print, the printed address and the hover preview.
import { expect, test, type Page } from '@playwright/test';
import { createAuthorWithArticles } from './article-fixtures';
import { openLive, READER_UA } from './article-readers';
import { watchCsp } from './security-fixtures';
import { articleIn } from './site-edition-fixtures';
import { createStaff, signIn } from './staff';

test.use({ userAgent: READER_UA });

/** Every script the page asked the server for while it loaded. */
async function scriptsLoaded(page: Page, path: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return scripts;
}

test('front page, section, author, tag, search and articles load no framework script', async ({ page }) => {
  const { author, articles } = createAuthorWithArticles(1);
  const arabic = articleIn('ar');
  const lists = ['/', `/sections/${arabic.sectionSlug}`, `/ar/authors/${arabic.authorSlug}`, '/search?q=the'];
  if (arabic.tagSlug) lists.push(`/ar/tags/${arabic.tagSlug}`);
  for (const path of lists) {
    expect(await scriptsLoaded(page, path), path).toEqual([]);
  }
  for (const path of [
    `/articles/${articles[0].slug}`,
    `/ar/articles/${arabic.slug}`,
    `/authors/${author.slug}`,
  ]) {
    const scripts = await scriptsLoaded(page, path);
    expect(
      scripts.filter((s) => !s.startsWith('/islands/')),
      path,
    ).toEqual([]);
    const html = await (await page.request.get(path)).text();
    // Nor the React payload Next writes inline for the client to hydrate from.
    expect(html, path).not.toContain('__next_f');
    expect(html, path).not.toMatch(/\/_next\/static\/[^"]*\.js/);
  }
});

test('the island is one small file, cached for a year under an address that names its content', async ({
  page,
}) => {
  const { articles } = createAuthorWithArticles(1);
  const html = await (await page.request.get(`/articles/${articles[0].slug}`)).text();
  const src = /<script type="module" src="(\/islands\/article\.js\?v=[\w-]+)"/.exec(html)?.[1];
  expect(src).toBeDefined();
  const island = await page.request.get(src!);
  expect(island.status()).toBe(200);
  expect(island.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(island.headers()['content-type']).toMatch(/javascript/);
  // Another version (a page cached before a deploy) gets the file, but no promise that it lasts.
  const other = await page.request.get('/islands/article.js?v=before-deploy');
  expect(other.status()).toBe(200);
  expect(other.headers()['cache-control']).not.toContain('immutable');
});

test('“Print this page” opens the print dialog, and the printed address is the one the reader used', async ({
  page,
  baseURL,
}) => {
  const { articles } = createAuthorWithArticles(1);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await openLive(page, articles[0].slug);
  await page.getByRole('button', { name: 'Print this page' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // The server renders the configured site address; localhost here is the address used.
  await expect(page.locator('[data-printed-path]')).toHaveText(`${baseURL}/articles/${articles[0].slug}`);
});

test('hovering or focusing a star previews that rating, and leaving shows the average again', async ({
  page,
}) => {
  const { articles } = createAuthorWithArticles(1);
  await openLive(page, articles[0].slug);
  const fills = page.locator('[data-star-fill]');
  const widths = () => fills.evaluateAll((spans) => spans.map((s) => (s as HTMLElement).style.width));
  // A new article has no votes: no star is filled.
  expect(await widths()).toEqual(['0%', '0%', '0%', '0%', '0%']);
  await page.getByRole('button', { name: 'Rate 3 out of 5 stars' }).hover();
  expect(await widths()).toEqual(['100%', '100%', '100%', '0%', '0%']);
  await page.mouse.move(0, 0);
  expect(await widths()).toEqual(['0%', '0%', '0%', '0%', '0%']);
  await page.getByRole('button', { name: 'Rate 2 out of 5 stars' }).focus();
  expect(await widths()).toEqual(['100%', '100%', '0%', '0%', '0%']);
});

test('the newsroom’s preview runs the island under its nonce policy: print works, nothing is counted', async ({
  browser,
  baseURL,
}) => {
  const editor = createStaff('editor');
  const { articles } = createAuthorWithArticles(1);
  const page = await (await browser.newContext({ userAgent: READER_UA })).newPage();
  const violations = await watchCsp(page);
  await signIn(page, editor);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  const beacons: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/live')) beacons.push(request.url());
  });
  await page.goto(`/newsroom/articles/${articles[0].id}/preview`);
  await expect(page.locator('[data-printed-path]')).toHaveText(`${baseURL}/articles/${articles[0].slug}`);
  await page.getByRole('button', { name: 'Print this page' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // Stars as stored, no buttons to vote with, and no view recorded.
  await expect(page.getByRole('button', { name: /Rate \d out of 5 stars/ })).toHaveCount(0);
  expect(beacons).toEqual([]);
  expect(violations).toEqual([]);
});

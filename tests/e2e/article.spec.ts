// The article page as readers meet it: every element in order, voting, live view counts, print,
// no JavaScript, accessibility. Each test opens articles of its own (see article-fixtures.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import path from 'node:path';
import { createAuthorWithArticles, setPublishedAt } from './article-fixtures';

// Headless Chromium says "HeadlessChrome", which isbot rightly lists as a crawler: crawlers are
// neither counted nor allowed to vote, so the readers here use the desktop browser's own string.
const READER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
test.use({ userAgent: READER_UA });

function newReader(browser: Browser, options: BrowserContextOptions = {}) {
  return browser.newContext({ userAgent: READER_UA, ...options });
}

/** Turns one of our own articles into a draft, or locks its ratings, straight in the server's database. */
function alterArticle(id: number, change: 'draft' | 'locked') {
  const db = new Database(path.join(process.env.E2E_DATA_DIR!, 'newsroom.db'));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(
      change === 'draft'
        ? "UPDATE articles SET status = 'draft', published_at = NULL WHERE id = ?"
        : 'UPDATE articles SET rating_locked = 1 WHERE id = ?',
    ).run(id);
  } finally {
    db.close();
  }
}

const DATE =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} \d{2}:\d{2}$/;

/** Opens an article and waits until the live numbers have replaced the cached ones. */
async function openLive(page: Page, slug: string) {
  const live = page.waitForResponse((r) => r.url().endsWith('/live') && r.request().method() === 'POST');
  await page.goto(`/articles/${slug}`);
  const response = await live;
  expect(response.status()).toBe(200);
  return (await response.json()) as { views: number; ratingCount: number; myVote: number | null };
}

async function viewCount(page: Page): Promise<number> {
  const text = await page.getByText(/^Read [\d,]+ times?$/).textContent();
  return Number(text!.replace(/[^\d]/g, ''));
}

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

test('votes are counted once per reader, replaced, and shown to everyone', async ({ page, browser }) => {
  const { articles } = createAuthorWithArticles(1);
  const [article] = articles;
  await openLive(page, article.slug);
  await page.getByRole('button', { name: 'Rate 4 out of 5 stars' }).click();
  await expect(page.getByText('Thanks for rating!')).toBeVisible();
  await expect(page.getByText('(1 vote)')).toBeVisible();

  await openLive(page, article.slug);
  await expect(page.getByText('(1 vote)')).toBeVisible();
  await expect(page.getByText('4.0', { exact: true })).toBeVisible();
  await expect(page.getByText('Your rating: 4 stars.')).toBeVisible();

  await page.getByRole('button', { name: 'Rate 2 out of 5 stars' }).click();
  await expect(page.getByText('You changed your rating to 2 stars.')).toBeVisible();
  await expect(page.getByText('(1 vote)')).toBeVisible();

  const other = await newReader(browser);
  const second = await other.newPage();
  await openLive(second, article.slug);
  await second.getByRole('button', { name: 'Rate 5 out of 5 stars' }).click();
  await expect(second.getByText('Thanks for rating!')).toBeVisible();
  await expect(second.getByText('(2 votes)')).toBeVisible();
  await expect(second.getByText('3.5', { exact: true })).toBeVisible();
  await other.close();

  await openLive(page, article.slug);
  await expect(page.getByText('(2 votes)')).toBeVisible();
});

test('bad votes, cross-site posts and unknown articles are refused', async ({ page, request }) => {
  const { articles } = createAuthorWithArticles(1);
  const [article] = articles;
  await openLive(page, article.slug);
  const vote = (stars: string, headers: Record<string, string> = {}) =>
    page.request.post(`/api/articles/${article.id}/vote`, {
      form: { stars },
      headers: { accept: 'application/json', ...headers },
    });
  for (const stars of ['0', '6', '2.5', 'x']) {
    const response = await vote(stars);
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(/1 to 5/);
  }
  const crossSite = await vote('5', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
  expect(crossSite.status()).toBe(403);
  const unknown = await request.post('/api/articles/999999999/vote', {
    form: { stars: '3' },
    headers: { accept: 'application/json' },
  });
  expect(unknown.status()).toBe(404);
  await openLive(page, article.slug);
  await expect(page.getByText('(0 votes)')).toBeVisible();
});

test('a new reader raises "Read N times" by one; reloads, prefetches and HEAD do not', async ({
  page,
  browser,
  request,
}) => {
  const { articles } = createAuthorWithArticles(1);
  const [article] = articles;
  const first = await openLive(page, article.slug);
  const before = await viewCount(page);
  expect(before).toBe(first.views);

  await request.get(`/articles/${article.slug}`, {
    headers: { 'Next-Router-Prefetch': '1', purpose: 'prefetch' },
  });
  await request.head(`/articles/${article.slug}`);
  await request.get(`/articles/${article.slug}`);
  expect((await request.get(`/api/articles/${article.id}/live`)).status()).toBe(405);
  const crawler = await request.post(`/api/articles/${article.id}/live`, {
    headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
  });
  expect((await crawler.json()).views).toBe(before);
  const crossSite = await request.post(`/api/articles/${article.id}/live`, {
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
  });
  expect(crossSite.status()).toBe(403);
  await openLive(page, article.slug);
  expect(await viewCount(page)).toBe(before);

  const other = await newReader(browser);
  const second = await other.newPage();
  const live = await openLive(second, article.slug);
  expect(live.views).toBe(before + 1);
  await expect(second.getByText(new RegExp(`^Read ${before + 1} times?$`))).toBeVisible();
  await other.close();

  const cookie = (await page.context().cookies()).find((c) => c.name === 'nr_reader');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});

test('the cached page sets no cookie and is the same for every reader', async ({ request }) => {
  const { articles } = createAuthorWithArticles(1);
  const url = `/articles/${articles[0].slug}`;
  await request.get(url);
  const response = await request.get(url);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(response.headers()['x-nextjs-cache']).toBe('HIT');
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

test('without JavaScript the article reads and the vote form posts and counts', async ({ browser }) => {
  const { articles } = createAuthorWithArticles(1);
  const [article] = articles;
  const context = await newReader(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page.getByText('The harbour master confirmed on Thursday')).toBeVisible();
  await page.getByRole('button', { name: 'Rate 5 out of 5 stars' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/rated\\?stars=5$`));
  await expect(page.getByText('Thanks for rating!')).toBeVisible();
  await expect(page.getByText('(1 vote)')).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Rate 3 out of 5 stars' }).click();
  await expect(page.getByText('You changed your rating to 3 stars.')).toBeVisible();
  await expect(page.getByText('(1 vote)')).toBeVisible();
  await context.close();
});

test('without JavaScript a refused vote lands on a readable page, never on JSON', async ({ browser }) => {
  const { articles } = createAuthorWithArticles(2);
  const [article, open] = articles;
  const context = await newReader(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${article.slug}`);
  alterArticle(article.id, 'locked');
  await page.getByRole('button', { name: 'Rate 4 out of 5 stars' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/rated\\?error=locked$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your rating was not saved');
  await expect(page.getByText('Ratings are closed for this article.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the article' })).toHaveAttribute(
    'href',
    `/articles/${article.slug}`,
  );

  // A form post with bad stars (as an old page or a hand-made form sends it) is told what to do.
  const bad = await page.request.post(`/api/articles/${open.id}/vote`, {
    form: { stars: '0' },
    maxRedirects: 0,
  });
  expect(bad.status()).toBe(303);
  expect(bad.headers()['location']).toBe(`/articles/${open.slug}/rated?error=invalid_stars`);
  await page.goto(bad.headers()['location']);
  await expect(page.getByText('Choose from 1 to 5 stars.')).toBeVisible();

  // The wait a rate limit passes along reads as minutes (limits themselves are tested in tests/unit).
  await page.goto(`/articles/${open.slug}/rated?error=rate_limited&retry=420`);
  await expect(page.getByText('Too many votes from your network. Try again in 7 minutes.')).toBeVisible();
  await context.close();
});

test("a form vote on a draft's id answers 404 and never names the draft", async ({ request }) => {
  const { articles } = createAuthorWithArticles(1);
  const [draft] = articles;
  alterArticle(draft.id, 'draft');
  for (const stars of ['0', '3']) {
    const response = await request.post(`/api/articles/${draft.id}/vote`, {
      form: { stars },
      headers: { 'user-agent': READER_UA },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(404);
    expect(response.headers()['location']).toBeUndefined();
    expect(await response.text()).not.toContain(draft.slug);
  }
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
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

/** A public demo article with a lead image, a section and tags, by an author without a photo. */
function illustratedArticle() {
  const db = new Database(path.join(process.env.E2E_DATA_DIR!, 'newsroom.db'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.slug, a.lead_image_caption AS caption, a.lead_image_credit AS credit, s.name AS section,
                u.full_name AS fullName, u.name AS byline,
                (SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
                  WHERE at.article_id = a.id ORDER BY t.name LIMIT 1) AS tag
           FROM articles a JOIN sections s ON s.id = a.section_id JOIN users u ON u.id = a.author_id
          WHERE a.status = 'published' AND a.published_at <= ? AND a.lead_image_id IS NOT NULL
            AND a.lead_image_caption <> '' AND a.lead_image_credit <> '' AND u.avatar_image_id IS NULL
            AND EXISTS (SELECT 1 FROM article_tags at WHERE at.article_id = a.id)
          ORDER BY a.published_at DESC LIMIT 1`,
      )
      .get(Date.now()) as {
      slug: string;
      caption: string;
      credit: string;
      section: string;
      fullName: string;
      byline: string;
      tag: string;
    };
  } finally {
    db.close();
  }
}

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

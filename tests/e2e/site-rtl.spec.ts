// Issue 11, right to left, in a real browser: an Arabic page is `<html lang="ar" dir="rtl">` and its
// layout is mirrored by the same stylesheets (the author block's avatar, the stars, lists, the print
// view), at 320 px and on a wide screen; nothing runs off a narrow screen; Latin names inside Arabic
// lines are isolated; the votes after a vote, with and without JavaScript, are Arabic plurals from the
// shipped messages. site-editions.spec.ts covers the addresses, the Arabic article's axe check, the
// section and the feed.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatCount } from '@/lib/i18n/locales';
import { newReader } from './article-readers';
import { seriousViolations } from './page-checks';
import { articleIn, authorWithNothingIn, words } from './site-edition-fixtures';

const NARROW = { width: 320, height: 800 };
const WIDE = { width: 1280, height: 900 };
const ar = words('ar');

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} has no box`);
  return { left: b.x, right: b.x + b.width, top: b.y, width: b.width };
}

/**
 * What runs off the screen sideways: a page wider than the window, or text outside it or touching
 * its edges (on a right-to-left page a line that starts past the right edge adds no scroll width, so
 * the scroll width alone would not see it). Visually hidden text (1 px boxes) is left out.
 */
async function offScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const found: string[] = [];
    if (root.scrollWidth > width) found.push(`scroll width ${root.scrollWidth} > ${width}`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (!text || node.parentElement?.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width <= 1 || r.height <= 1 || r.bottom < 0) continue;
        if (r.left < 2 || r.right > width - 2)
          found.push(`“${text.slice(0, 30)}” at ${Math.round(r.left)}–${Math.round(r.right)} of ${width}`);
      }
    }
    return found;
  });
}

test('an Arabic article is mirrored at 320 px and on a wide screen: avatar, ‘Also in’, stars, lists', async ({
  browser,
}) => {
  const article = articleIn('ar', { withList: true });
  for (const viewport of [NARROW, WIDE]) {
    const page = await (await newReader(browser, { viewport })).newPage();
    await page.goto(`/ar/articles/${article.slug}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

    // The author block starts on the right: its avatar there, the text to its left (or, on a narrow
    // screen where the two stack, the avatar against the right edge above the text).
    const block = page.getByRole('region', { name: ar('Author.about', { name: article.authorName }) });
    const avatar = await box(block.locator(':scope > :first-child'));
    const text = await box(block.locator(':scope > :nth-child(2)'));
    const whole = await box(block);
    expect(Math.abs(avatar.right - whole.right), `${viewport.width} px`).toBeLessThan(1);
    expect(avatar.left, `${viewport.width} px`).toBeGreaterThan(whole.left + whole.width / 2);
    if (viewport === WIDE) expect(avatar.left).toBeGreaterThanOrEqual(text.right);
    else expect(avatar.top).toBeLessThan(text.top);

    // "Also in" starts where the article's lines start, at the right edge of its column.
    const alsoIn = page.getByRole('navigation', { name: ar('Article.alsoIn') });
    const label = await box(alsoIn.locator(':scope > :first-child'));
    const heading = await box(page.getByRole('heading', { level: 1 }));
    expect(Math.abs(label.right - heading.right), `${viewport.width} px`).toBeLessThan(2);

    // The stars run right to left: the first star is the rightmost.
    const first = await box(page.getByRole('button', { name: ar('Live.rateStars', { stars: 1 }) }));
    const last = await box(page.getByRole('button', { name: ar('Live.rateStars', { stars: 5 }) }));
    expect(first.left).toBeGreaterThan(last.right);

    // A list in the body hangs from the right: its items indented from the right edge only.
    const list = page.locator('.prose ul').first();
    const ul = await box(list);
    const li = await box(list.locator('li').first());
    expect(ul.right - li.right).toBeGreaterThan(10);
    expect(Math.abs(li.left - ul.left)).toBeLessThan(2);
    if (viewport === NARROW) expect(await offScreen(page)).toEqual([]);
    await page.context().close();
  }
});

test('at 320 px nothing runs off the Arabic front page or a section', async ({ browser }) => {
  const article = articleIn('ar');
  const page = await (await newReader(browser, { viewport: NARROW })).newPage();
  for (const path of ['/ar', `/ar/sections/${article.sectionSlug}`]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await offScreen(page), path).toEqual([]);
  }
  await page.context().close();
});

test('Latin names inside Arabic lines are isolated, and a card’s date stays beside the name', async ({
  page,
}) => {
  const article = articleIn('ar');
  await page.goto(`/ar/articles/${article.slug}`);
  // The byline's name, and the author block's name and full name, each in a <bdi>.
  const byline = page
    .locator('article p')
    .filter({ has: page.locator(`a[href="/ar/authors/${article.authorSlug}"]`) });
  await expect(byline.locator('a bdi')).toHaveText(article.authorName);
  const block = page.getByRole('region', { name: ar('Author.about', { name: article.authorName }) });
  await expect(block.getByRole('heading').locator('bdi')).toHaveText(article.authorName);
  if (article.authorFullName && article.authorFullName !== article.authorName)
    await expect(block.locator('p bdi').first()).toHaveText(article.authorFullName);

  // An author with nothing in this edition: "nothing yet from <name>", the name isolated.
  const elsewhere = authorWithNothingIn('ar');
  await page.goto(`/ar/authors/${elsewhere.slug}`);
  const empty = ar.markup('Lists.authorEmpty', { name: elsewhere.name, bdi: (chunks) => chunks });
  await expect(page.getByText(empty, { exact: true })).toBeVisible();
  await expect(page.getByText(empty, { exact: true }).locator('bdi')).toHaveText(elsewhere.name);

  // On the front page a card says "name · date", right to left: the name on the right, the whole date
  // to its left. Without the isolation the date's first number joined the Latin name's run and was
  // drawn to the right of the name ("2026 ديسمبر Amara O · 1").
  await page.setViewportSize(NARROW);
  await page.goto('/ar');
  const meta = page.locator('article p').filter({ has: page.locator('a[href^="/ar/authors/"]') });
  expect(await meta.count()).toBeGreaterThan(0);
  for (const line of await meta.all()) {
    const author = line.locator('a[href^="/ar/authors/"]');
    await expect(author.locator('bdi')).toHaveCount(1);
    const name = await box(author);
    const pieces = await line.locator('time').evaluate((time) => {
      const range = document.createRange();
      range.selectNodeContents(time);
      return [...range.getClientRects()].map((r) => r.right);
    });
    for (const right of pieces) expect(right).toBeLessThanOrEqual(name.left + 0.5);
  }
});

test('after a vote the votes read as the Arabic plural for the new count', async ({ browser }) => {
  const article = articleIn('ar');
  const page = await (await newReader(browser, { viewport: WIDE })).newPage();
  const live = page.waitForResponse((r) => r.url().endsWith('/live') && r.request().method() === 'POST');
  await page.goto(`/ar/articles/${article.slug}`);
  await live;
  const voted = page.waitForResponse((r) => r.url().endsWith('/vote') && r.request().method() === 'POST');
  await page.getByRole('button', { name: ar('Live.rateStars', { stars: 4 }) }).click();
  const answer = (await (await voted).json()) as { ratingCount: number };
  expect(answer.ratingCount).toBeGreaterThan(0);
  const votes = ar('Live.votes', { count: answer.ratingCount, shown: formatCount(answer.ratingCount, 'ar') });
  // The shipped message, not the English one, and a form Arabic has for this number.
  expect(votes).not.toContain('vote');
  await expect(page.getByText(votes, { exact: true })).toBeVisible();
  await expect(page.getByText(ar('Live.thanks'))).toBeVisible();
  // Read right to left: the average comes first, so it stands to the right of the votes.
  const summary = page.getByText(votes, { exact: true }).locator('..');
  const average = await box(summary.locator(':scope > span').filter({ hasText: /^\d+([.,]\d)?$/ }));
  const count = await box(page.getByText(votes, { exact: true }));
  expect(average.left).toBeGreaterThanOrEqual(count.right);
  await page.context().close();
});

test('without JavaScript a vote lands on the rated page in Arabic, right to left', async ({ browser }) => {
  const article = articleIn('ar');
  const context = await newReader(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/ar/articles/${article.slug}`);
  await page.getByRole('button', { name: ar('Live.rateStars', { stars: 5 }) }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/articles/${article.slug}/rated\\?outcome=`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar('Rated.savedHeading'));
  await expect(page.getByRole('status')).toHaveText(/شكرًا|غيّرت/);
  await expect(page.getByRole('link', { name: ar('Article.backToArticle') })).toHaveAttribute(
    'href',
    `/ar/articles/${article.slug}`,
  );
  await context.close();
});

test('the Arabic print view is right to left, on screen and on paper', async ({ page }) => {
  const article = articleIn('ar');
  await page.setViewportSize(NARROW);
  await page.goto(`/ar/articles/${article.slug}/print`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.emulateMedia({ media: 'print' });
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(article.title);
  expect(await title.evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
  // The title's first line starts at the right edge of the text column.
  const column = await box(page.locator('article'));
  const firstLine = await title.evaluate((h) => {
    const range = document.createRange();
    range.selectNodeContents(h);
    const r = range.getClientRects()[0];
    return { left: r.left, right: r.right };
  });
  expect(Math.abs(firstLine.right - column.right)).toBeLessThan(2);
  expect(firstLine.left).toBeGreaterThan(column.left - 1);
});

test('axe finds nothing serious on the Arabic front page, an Indonesian article and search', async ({
  page,
}) => {
  const indonesian = articleIn('id');
  for (const path of ['/ar', `/id/articles/${indonesian.slug}`, '/id/search', '/id/search?q=kota']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

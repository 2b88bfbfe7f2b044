// Readers of the article specs: a desktop browser's user agent, and opening an article until its
// live numbers (views, votes) have replaced the cached ones.
import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

// Headless Chromium says "HeadlessChrome", which isbot rightly lists as a crawler: crawlers are
// neither counted nor allowed to vote, so the readers here use the desktop browser's own string.
export const READER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

/** Another reader: a browser context of its own, so a cookie of its own. */
export function newReader(browser: Browser, options: BrowserContextOptions = {}) {
  return browser.newContext({ userAgent: READER_UA, ...options });
}

/** Opens an article and waits until the live numbers have replaced the cached ones. */
export async function openLive(page: Page, slug: string) {
  const live = page.waitForResponse((r) => r.url().endsWith('/live') && r.request().method() === 'POST');
  await page.goto(`/articles/${slug}`);
  const response = await live;
  expect(response.status()).toBe(200);
  return (await response.json()) as { views: number; ratingCount: number; myVote: number | null };
}

export async function viewCount(page: Page): Promise<number> {
  const text = await page.getByText(/^Read [\d,]+ times?$/).textContent();
  return Number(text!.replace(/[^\d]/g, ''));
}

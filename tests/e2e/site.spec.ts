import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  archivedArticle,
  authorWithArticles,
  sectionsWithArticles,
  tagWithArticles,
  unpublishedTitle,
} from './fixtures-site';

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

async function expectOneH1AndDescription(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(page).toHaveTitle(/Newsroom/);
}

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

test.describe('section pages', () => {
  test('list the section’s articles, newest first, with pages', async ({ page }) => {
    const [section] = sectionsWithArticles();
    await page.goto(`/sections/${section.slug}`);
    await expectOneH1AndDescription(page);
    await expect(page.getByRole('heading', { level: 1, name: section.name })).toBeVisible();
    const titles = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(titles).toHaveCount(Math.min(section.n, 12));
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      new RegExp(`/sections/${section.slug}/feed\\.xml$`),
    );
    if (section.n > 12) {
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

test('search finds a demo article by the words of its title', async ({ page }) => {
  const article = archivedArticle();
  await page.goto('/search');
  await expectOneH1AndDescription(page);
  await page.getByLabel('Search articles').fill(article.title.replace(/[^\p{L}\p{N}\s]/gu, ' '));
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { level: 2, name: /results? for/ })).toBeVisible();
  await page.getByRole('link', { name: article.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
});

test('search says so when nothing matches', async ({ page }) => {
  await page.goto('/search?q=zzqxv+nothing+like+this');
  await expect(page.getByRole('heading', { level: 2, name: /No results for/ })).toBeVisible();
});

test('feed.xml is valid RSS 2.0 with the latest articles', async ({ page, request }) => {
  for (const url of ['/feed.xml', `/sections/${sectionsWithArticles()[0].slug}/feed.xml`]) {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const xml = await response.text();
    await page.goto('about:blank');
    const summary = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const items = Array.from(doc.querySelectorAll('channel > item'));
      return {
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        title: doc.querySelector('channel > title')?.textContent ?? '',
        items: items.length,
        complete: items.every((i) =>
          ['title', 'link', 'guid', 'pubDate'].every((tag) => i.querySelector(tag)?.textContent),
        ),
        dates: items.map((i) => Date.parse(i.querySelector('pubDate')?.textContent ?? '')),
      };
    }, xml);
    expect(summary.parseError).toBeNull();
    expect(summary.version).toBe('2.0');
    expect(summary.title).toContain('Newsroom');
    expect(summary.items).toBeGreaterThan(0);
    expect(summary.complete).toBe(true);
    expect(summary.dates).toEqual([...summary.dates].sort((a, b) => b - a));
  }
});

test('an unknown address gets a helpful 404 with search and a way back', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/Page not found/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByLabel('Search articles')).toBeVisible();
  const browse = page.getByRole('navigation', { name: 'Sections to browse' });
  await expect(browse.getByRole('link', { name: 'Front page' })).toHaveAttribute('href', '/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 404 page for an unknown address is in the HTML', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: /can’t find that page/ })).toBeVisible();
  });

  test('the front page and a section page are in the HTML', async ({ page }) => {
    const [section] = sectionsWithArticles();
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Lead story' }).getByRole('link').first()).toBeVisible();
    await page.goto(`/sections/${section.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: section.name })).toBeVisible();
  });
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

test.describe('accessibility (axe)', () => {
  test('the front page has no serious or critical violations', async ({ page }) => {
    await page.goto('/');
    await expectNoSeriousAxeViolations(page);
  });

  test('a section page has no serious or critical violations', async ({ page }) => {
    await page.goto(`/sections/${sectionsWithArticles()[0].slug}`);
    await expectNoSeriousAxeViolations(page);
  });

  test('an author page has no serious or critical violations', async ({ page }) => {
    await page.goto(`/authors/${authorWithArticles().slug}`);
    await expectNoSeriousAxeViolations(page);
  });

  test('the front page in the dark scheme has no serious or critical violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expectNoSeriousAxeViolations(page);
  });
});

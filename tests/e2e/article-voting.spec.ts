// Voting on an article: one vote per reader, replaced on a second try, refused when bad, cross-site
// or for an article that is not public, and working without JavaScript. Each test votes on
// articles of its own (see article-fixtures.ts).
import { expect, test } from '@playwright/test';
import { alterArticle, createAuthorWithArticles } from './article-fixtures';
import { newReader, openLive, READER_UA } from './article-readers';

test.use({ userAgent: READER_UA });

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

test('without JavaScript the article reads and the vote form posts and counts', async ({ browser }) => {
  const { articles } = createAuthorWithArticles(1);
  const [article] = articles;
  const context = await newReader(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page.getByText('The harbour master confirmed on Thursday')).toBeVisible();
  await page.getByRole('button', { name: 'Rate 5 out of 5 stars' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/rated\\?outcome=`));
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
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/rated\\?outcome=`));
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
  expect(bad.headers()['location']).toMatch(new RegExp(`^/articles/${open.slug}/rated\\?outcome=`));
  await page.goto(bad.headers()['location']);
  await expect(page.getByText('Choose from 1 to 5 stars.')).toBeVisible();

  // A hand-made outcome (issue 12) shows nothing that did not happen, only the live rating.
  for (const query of ['error=locked', 'stars=99', 'outcome=forged.value']) {
    await page.goto(`/articles/${open.slug}/rated?${query}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rating');
    await expect(page.getByText(/saved|closed|Thanks|stars\./)).toHaveCount(0);
    await expect(page.getByText(/Average rating/)).toBeVisible();
  }
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

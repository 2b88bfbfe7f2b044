// Rating moderation end to end: a script's votes are flagged and removed, the public numbers return
// to the honest ones, the log records it and undo restores it; a locked rating takes no votes; an
// editor cannot open the console.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createStaff, signIn } from './staff';
import { importArticle, inParallel, sendView, sendVote } from './moderation-fixtures';

test.describe.configure({ mode: 'serial' });

const HONEST = [
  { address: '203.0.113.10', stars: 4 },
  { address: '203.0.113.11', stars: 5 },
  { address: '203.0.113.12', stars: 4 },
  { address: '203.0.113.13', stars: 5 },
];
const SCRIPT_ADDRESS = '198.51.100.7';

test('a scripted vote burst is flagged, removed with a reason, logged, and undone', async ({
  page,
  browser,
  baseURL,
}) => {
  const admin = createStaff('admin');
  const author = createStaff('journalist');
  const stamp = Date.now().toString(36);
  const article = importArticle(`Harbour ferry timetable changes ${stamp}`, author.email);

  // Honest readers load the page (the live beacon) and then vote, each from their own address.
  for (const reader of HONEST) {
    const view = await sendView(article.id, { address: reader.address });
    expect(
      (await sendVote(article.id, reader.stars, { address: reader.address, cookie: view.cookie })).status,
    ).toBe(200);
  }
  // The script: 30 votes from fresh cookies, one address, never loading the page.
  const script = await inParallel(30, 6, () => sendVote(article.id, 1, { address: SCRIPT_ADDRESS }));
  expect(script.map((r) => r.status)).toEqual(Array(30).fill(200));
  expect((await sendView(article.id)).body).toMatchObject({ ratingCount: 34 });

  await signIn(page, admin);
  await page.goto('/newsroom/moderation');
  const row = page.getByRole('row').filter({ hasText: `Harbour ferry timetable changes ${stamp}` });
  await expect(row.getByRole('cell').first()).toHaveText('30');
  await row.getByRole('link', { name: `Harbour ferry timetable changes ${stamp}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Harbour ferry timetable changes');
  await expect(
    page.getByText(/5 or more votes on this article from the same address within 10 minutes/),
  ).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.getByLabel('Flag', { exact: true }).selectOption({ label: 'Burst from one address' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('30 votes match.')).toBeVisible();
  const flagged = page.getByRole('region', { name: 'Votes table' }).getByRole('row');
  await expect(flagged.nth(1).getByRole('link', { name: 'Burst from one address' })).toBeVisible();
  await expect(flagged.nth(1).getByRole('link', { name: 'Never loaded the page' })).toBeVisible();

  await flagged
    .nth(1)
    .getByRole('link', { name: /^Moderate vote/ })
    .click();
  await page
    .getByLabel('Which votes to remove')
    .selectOption({ label: 'All votes from this address on this article' });
  await page.getByRole('button', { name: 'Remove votes' }).click();
  // The reason is required: the browser refuses the empty field before anything is sent.
  await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toHaveCount(0);
  await page.getByLabel('Reason', { exact: true }).fill('Scripted burst from one address');
  await page.getByRole('button', { name: 'Remove votes' }).click();
  await expect(page.getByText(/Removed 30 votes \(action #\d+\)/)).toBeVisible();

  // The public numbers are the honest ones again: live, and on the page a new reader opens.
  expect((await sendView(article.id)).body).toMatchObject({ ratingCount: 4, ratingAverage: 4.5 });
  const readerContext = await browser.newContext({ baseURL });
  const reader = await readerContext.newPage();
  await reader.goto(`/articles/${article.slug}`);
  const widget = reader.getByRole('region', { name: 'Rate this item' });
  await expect(widget).toContainText('(4 votes)');
  await expect(widget).toContainText('4.5');

  await page.goto('/newsroom/moderation/log');
  const entry = page.getByRole('row').filter({ hasText: 'Scripted burst from one address' });
  await expect(entry).toContainText('Remove address’s votes');
  await expect(entry).toContainText(admin.name);
  await expect(entry.getByRole('cell').nth(5)).toHaveText('30');
  await entry.getByRole('button', { name: /^Undo action #/ }).click();
  await expect(entry).toContainText(`Undone by ${admin.name}`);
  await expect(page.getByRole('row').filter({ hasText: 'Undid #' })).toContainText('30 votes restored');
  expect((await sendView(article.id)).body).toMatchObject({ ratingCount: 34 });
  await reader.reload();
  await expect(widget).toContainText('(34 votes)');
  await readerContext.close();
});

test('an admin closes ratings: the widget says so and the endpoint refuses votes', async ({
  page,
  browser,
  baseURL,
}) => {
  const admin = createStaff('admin');
  const author = createStaff('journalist');
  const title = `Council budget vote ${Date.now().toString(36)}`;
  const article = importArticle(title, author.email);
  expect((await sendVote(article.id, 3, { address: '203.0.113.50' })).status).toBe(200);

  await signIn(page, admin);
  await page.goto(`/newsroom/moderation/${article.id}`);
  await page.getByLabel('Reason to close ratings').fill('Comment brigade after the TV debate');
  await page.getByRole('button', { name: 'Close ratings' }).click();
  await expect(page.getByText(/Ratings are now closed/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reopen ratings' })).toBeVisible();

  const readerContext = await browser.newContext({ baseURL });
  const reader = await readerContext.newPage();
  await reader.goto(`/articles/${article.slug}`);
  const widget = reader.getByRole('region', { name: 'Rate this item' });
  await expect(widget.getByText('Ratings are closed for this article.')).toBeVisible();
  await expect(widget.getByRole('button', { name: /Rate \d out of 5 stars/ })).toHaveCount(0);
  await expect(widget).toContainText('(1 vote)');
  const refused = await sendVote(article.id, 5, { address: '203.0.113.51' });
  expect(refused.status).toBe(409);
  expect(refused.body.error).toBe('Ratings are closed for this article.');
  await readerContext.close();
});

test('an editor opening the moderation console is refused', async ({ page }) => {
  const editor = createStaff('editor');
  await signIn(page, editor);
  await expect(page.getByRole('link', { name: 'Moderation' })).toHaveCount(0);
  const response = await page.goto('/newsroom/moderation');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('table')).toHaveCount(0);
  const log = await page.goto('/newsroom/moderation/log');
  expect(log?.status()).toBe(403);
});

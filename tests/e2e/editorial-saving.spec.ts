// Saving in the editor: a conflicting save is refused and keeps its text, bad input and an
// oversized image are explained next to their fields, and a draft saves itself.
import { expect, test } from '@playwright/test';
import { anAdminExists, body, editorReady, signedIn, unique } from './editorial-fixtures';
import { createStaff } from './staff';

test.beforeAll(anAdminExists);

test('when two editors change the same article, the second save is refused and keeps their text', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const first = createStaff('editor');
  const second = createStaff('editor');
  const title = `Council budget vote ${unique()}`;

  const a = await signedIn(browser, first);
  await a.goto('/newsroom/articles/new');
  await editorReady(a);
  await a.getByLabel('Title').fill(title);
  await body(a).click();
  await a.keyboard.type('The council meets on Tuesday.');
  await a.getByRole('button', { name: 'Save draft' }).click();
  await a.waitForURL(/\/newsroom\/articles\/\d+/);
  // In review, nothing autosaves: the two saves below are the only ones.
  await a.getByRole('button', { name: 'Submit for review' }).click();
  await expect(a.getByText('Submitted for review')).toBeVisible();
  const url = new URL(a.url()).pathname;
  await a.goto(url);
  await editorReady(a);

  const b = await signedIn(browser, second);
  await b.goto(url);
  await editorReady(b);
  await a.getByLabel('Summary').fill('First editor’s summary.');
  await b.getByLabel('Summary').fill('Second editor’s summary, which must not be lost.');
  await body(b).click();
  await b.keyboard.press('Control+End');
  await b.keyboard.type(' Second editor adds a line.');

  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByText('Saved.')).toBeVisible();
  await b.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    b.getByRole('heading', {
      name: new RegExp(
        `Someone else saved this article \\(version \\d+ by ${first.name} at .+\\) since you opened it`,
      ),
    }),
  ).toBeVisible();
  await expect(b.getByText('What they changed:')).toBeVisible();
  await expect(b.getByRole('listitem').filter({ hasText: 'Summary' }).first()).toContainText(
    'First editor’s summary.',
  );
  await expect(b.getByLabel('Summary')).toHaveValue('Second editor’s summary, which must not be lost.');
  await expect(body(b)).toContainText('Second editor adds a line.');
  await expect(b.getByRole('link', { name: 'Load the latest version' })).toBeVisible();
  await expect(b.getByRole('button', { name: 'Copy my text' })).toBeVisible();
  // Nothing of the second editor's reached the article.
  await a.reload();
  await expect(a.getByLabel('Summary')).toHaveValue('First editor’s summary.');
});

test('bad input is explained next to each field and what was typed is kept', async ({ browser }) => {
  const journalist = createStaff('journalist');
  const page = await signedIn(browser, journalist);
  await page.goto('/newsroom/articles/new');
  await editorReady(page);
  await page.getByLabel('Slug').fill('Bad Slug!');
  await page.getByLabel('Summary').fill('A summary worth keeping.');
  await body(page).click();
  await page.keyboard.type('A body worth keeping.');
  await page.getByRole('button', { name: 'Save draft' }).click();

  const titleField = page.getByLabel('Title');
  await expect(titleField).toHaveAttribute('aria-invalid', 'true');
  await expect(titleField).toHaveAccessibleDescription(/Enter a title/);
  const slugField = page.getByLabel('Slug');
  await expect(slugField).toHaveAttribute('aria-invalid', 'true');
  await expect(slugField).toHaveAccessibleDescription(/lowercase letters/);
  await expect(page.getByText('Not saved: please fix the problems below.')).toBeVisible();
  await expect(slugField).toHaveValue('Bad Slug!');
  await expect(page.getByLabel('Summary')).toHaveValue('A summary worth keeping.');
  await expect(body(page)).toContainText('A body worth keeping.');
  expect(new URL(page.url()).pathname).toBe('/newsroom/articles/new');
});

test('an image over 8 MB is explained next to its field before it is sent, and the draft is kept', async ({
  browser,
}) => {
  const journalist = createStaff('journalist');
  const page = await signedIn(browser, journalist);
  await page.goto('/newsroom/articles/new');
  await editorReady(page);
  const title = `Aerial harbour panorama ${unique()}`;
  await page.getByLabel('Title').fill(title);
  // Bigger than the server action accepts at all: sent, it would fail before any check could explain.
  const file = page.getByRole('group', { name: 'Lead image' }).getByLabel('Image file');
  await file.setInputFiles({
    name: 'big.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.alloc(9 * 1024 * 1024),
  });
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(file).toHaveAccessibleDescription(/Images must be 8 MB or smaller/);
  await expect(file).toHaveValue('');
  await expect(page.getByLabel('Title')).toHaveValue(title);
  // The rest of the form still saves.
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+\?created=1/);
  await expect(page.getByLabel('Title')).toHaveValue(title);
});

test('a draft saves itself a few seconds after the last change', async ({ browser }) => {
  const journalist = createStaff('journalist');
  const page = await signedIn(browser, journalist);
  await page.goto('/newsroom/articles/new');
  await editorReady(page);
  await page.getByLabel('Title').fill(`Autosave check ${unique()}`);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+/);
  await editorReady(page);
  await page.getByLabel('Summary').fill('Typed, never saved by hand.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved at \d{2}:\d{2}$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Summary')).toHaveValue('Typed, never saved by hand.');
});

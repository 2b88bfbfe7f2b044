// The newsroom's editorial flow in a real browser against the built app: write with the rich-text
// editor, review, send back, publish, read, restore, conflicting saves, bad input, accessibility.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { createStaff, signIn, type Staff } from './staff';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test.beforeAll(() => {
  // With no admin, /newsroom leads to the first-run setup instead of the dashboard.
  createStaff('admin');
});

async function pngFile(name: string) {
  const buffer = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer();
  return { name, mimeType: 'image/png', buffer };
}

async function signedIn(browser: Browser, who: Staff): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

function body(page: Page) {
  return page.getByRole('textbox', { name: 'Body' });
}

/** The toolbar's buttons are enabled once the editor has mounted, i.e. the page is interactive. */
async function editorReady(page: Page) {
  await expect(page.getByRole('button', { name: 'Bold' })).toBeEnabled();
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a story goes from a journalist’s draft through review to readers, and an editor restores an earlier version', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const journalist = createStaff('journalist');
  const editor = createStaff('editor');
  const title = `Harbour ferries return after storm ${unique()}`;

  // The journalist writes the story with the rich-text editor.
  const jp = await signedIn(browser, journalist);
  await jp.getByRole('link', { name: 'New article' }).first().click();
  await editorReady(jp);
  await jp.getByLabel('Title').fill(title);
  await expect(jp.getByLabel('Slug')).toHaveValue(/^harbour-ferries-return-after-storm-/);
  await jp.getByLabel('Summary').fill('Services resume on all three routes.');
  await body(jp).click();
  await jp.getByRole('button', { name: 'Heading 2' }).click();
  await expect(jp.getByRole('button', { name: 'Heading 2' })).toHaveAttribute('aria-pressed', 'true');
  await jp.keyboard.type('Back on the water');
  await jp.keyboard.press('Enter');
  await jp.keyboard.type('The first ferry left at dawn. Timetables: ');
  await jp.getByRole('button', { name: 'Link' }).click();
  await jp.getByLabel('Link address').fill('https://example.com/timetables');
  await jp.getByRole('button', { name: 'Apply link' }).click();
  await expect(body(jp).getByRole('heading', { level: 2, name: 'Back on the water' })).toBeVisible();
  await expect(body(jp).getByRole('link', { name: 'https://example.com/timetables' })).toBeVisible();
  // A picture in the body, uploaded from the toolbar.
  await jp.getByRole('button', { name: 'Image', exact: true }).click();
  const insert = jp.getByRole('group', { name: 'Insert an image' });
  await insert.getByLabel('Image file').setInputFiles(await pngFile('harbour.png'));
  await insert.getByLabel('Description (alt text)').fill('The harbour at dawn');
  await insert.getByRole('button', { name: 'Insert image' }).click();
  await expect(body(jp).getByRole('img', { name: 'The harbour at dawn' })).toBeVisible();
  // And a lead image with caption and credit.
  const lead = jp.getByRole('group', { name: 'Lead image' });
  await lead.getByLabel('Image file').setInputFiles(await pngFile('lead.png'));
  await lead.getByLabel('Caption').fill('The morning ferry');
  await lead.getByLabel('Credit').fill('Photo: Newsroom');
  await jp.getByLabel('Section').selectOption({ index: 1 });
  await jp.getByLabel('Tags').fill('Transport, Weather');
  await jp.getByRole('button', { name: 'Save draft' }).click();
  await jp.waitForURL(/\/newsroom\/articles\/\d+\?created=1/);
  const editorUrl = new URL(jp.url()).pathname;
  await expect(jp.getByRole('img', { name: 'The morning ferry' })).toBeVisible();
  await jp.getByRole('button', { name: 'Submit for review' }).click();
  await expect(jp.getByText('Submitted for review')).toBeVisible();

  // The editor finds it in the review queue and sends it back with a comment.
  const ep = await signedIn(browser, editor);
  const queue = ep.getByRole('region', { name: /waiting for review/i });
  await queue.getByRole('link', { name: title }).click();
  await ep.waitForURL(`**${editorUrl}`);
  await editorReady(ep);
  await ep.getByLabel('Comment for the author').fill('Please add a quote from the harbour master.');
  await ep.getByRole('button', { name: 'Send back' }).click();
  await expect(ep.getByText('Sent back to the author')).toBeVisible();

  // The journalist sees the comment, revises and resubmits.
  await jp.goto(editorUrl);
  await editorReady(jp);
  await expect(jp.getByRole('heading', { name: `Sent back by ${editor.name}` })).toBeVisible();
  await expect(jp.getByText('Please add a quote from the harbour master.').first()).toBeVisible();
  await body(jp).click();
  await jp.keyboard.press('Control+End');
  await jp.keyboard.press('Enter');
  await jp.keyboard.type('“We are glad to be sailing again,” said the harbour master.');
  await jp.getByRole('button', { name: 'Submit for review' }).click();
  await expect(jp.getByText('Submitted for review')).toBeVisible();

  // The editor publishes it.
  await ep.goto(editorUrl);
  await editorReady(ep);
  await expect(body(ep)).toContainText('said the harbour master');
  await ep.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(ep.getByText('Published.')).toBeVisible();

  // A reader sees it on the front page and at its URL, with the date and the byline.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await reader.getByRole('link', { name: title }).first().click();
  await reader.waitForURL(/\/articles\/harbour-ferries-return-after-storm-/);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText(`Written by ${journalist.name}`)).toBeVisible();
  const today = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
    .formatToParts(Date.now())
    .reduce<Record<string, string>>((p, x) => ({ ...p, [x.type]: x.value }), {});
  await expect(reader.locator('time').first()).toHaveText(
    new RegExp(`^${today.weekday}, ${today.day} ${today.month} ${today.year} \\d{2}:\\d{2}$`),
  );
  await expect(reader.getByRole('heading', { level: 2, name: 'Back on the water' })).toBeVisible();
  await expect(reader.getByText('said the harbour master')).toBeVisible();

  // The editor restores the first version: the revised paragraph is gone from the editor again.
  await ep.goto(`${editorUrl}/revisions`);
  await ep.getByRole('link', { name: 'Compare version 1 with current' }).click();
  await expect(
    ep.getByRole('heading', { name: /Version 1 compared with the current version/ }),
  ).toBeVisible();
  await expect(ep.locator('ins', { hasText: 'said the harbour master' })).toBeVisible();
  await ep.getByRole('button', { name: 'Restore version 1' }).click();
  await ep.waitForURL(/\?restored=1/);
  await expect(ep.getByText(/Version 1 restored as version \d+/)).toBeVisible();
  await expect(body(ep)).toContainText('The first ferry left at dawn');
  await expect(body(ep)).not.toContainText('said the harbour master');
});

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

test('the dashboard and the editor have no serious accessibility violations', async ({ browser }) => {
  const editor = createStaff('editor');
  const page = await signedIn(browser, editor);
  await page.goto('/newsroom');
  await expect(page.getByRole('heading', { level: 1, name: 'Your articles' })).toBeVisible();
  await expect(page.getByLabel('Status')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/newsroom/articles/new');
  await editorReady(page);
  await page.getByLabel('Title').fill(`Axe check ${unique()}`);
  await body(page).click();
  await page.keyboard.type('Accessible body text.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+/);
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
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

test('an editor creates, renames and deletes a section, and an empty name is refused', async ({
  browser,
}) => {
  const editor = createStaff('editor');
  const page = await signedIn(browser, editor);
  const name = `Harbours ${unique()}`;
  await page.goto('/newsroom/sections');
  const create = page.getByRole('group', { name: 'New section' });
  await create.getByLabel('Name').fill(name);
  await create.getByRole('button', { name: 'Create section' }).click();
  await expect(page.getByText(`Section “${name}” created.`)).toBeVisible();

  const row = page.getByRole('group', { name: `Section “${name}”` });
  await row.getByLabel('Name').fill('');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByLabel('Name')).toHaveAccessibleDescription(/Enter a section name/);
  await row.getByLabel('Name').fill(`${name} and Ports`);
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Saved as “${name} and Ports”.`)).toBeVisible();

  await page.getByRole('button', { name: `Delete section “${name} and Ports”` }).click();
  await expect(page.getByRole('group', { name: `Section “${name} and Ports”` })).toHaveCount(0);
});

test('an editor schedules a story for later, and the dashboard finds it by status and title', async ({
  browser,
}) => {
  const editor = createStaff('editor');
  const page = await signedIn(browser, editor);
  const title = `Centenary regatta preview ${unique()}`;
  await page.goto('/newsroom/articles/new');
  await editorReady(page);
  await page.getByLabel('Title').fill(title);
  await body(page).click();
  await page.keyboard.type('Boats from twelve clubs will race.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+/);
  await editorReady(page);
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeVisible();
  await page.getByLabel('Publish time').fill('2099-06-01T09:30');
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByText('Scheduled: it goes live at its publish time.')).toBeVisible();

  await page.goto('/newsroom');
  const scheduled = page.getByRole('region', { name: /^Scheduled articles/ });
  await expect(scheduled.getByRole('row').filter({ hasText: title })).toContainText(
    'Monday, 1 June 2099 09:30',
  );
  await page.getByLabel('Status').selectOption('scheduled');
  await page.getByLabel('Title contains').fill('Centenary regatta');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/status=scheduled/);
  const mine = page.getByRole('region', { name: /^Your articles/ });
  await expect(mine.getByRole('link', { name: title })).toBeVisible();
  await expect(mine.getByRole('cell', { name: 'Scheduled' }).first()).toBeVisible();
});

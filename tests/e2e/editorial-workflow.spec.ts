// A story's way through the newsroom in a real browser: written with the rich-text editor, sent
// back, published, read and restored; and a story scheduled for later.
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { anAdminExists, body, editorReady, signedIn, unique } from './editorial-fixtures';
import { createStaff } from './staff';

test.beforeAll(anAdminExists);

async function pngFile(name: string) {
  const buffer = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer();
  return { name, mimeType: 'image/png', buffer };
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

// Issue 11 in the newsroom: an editor translates a published English story into Bahasa Indonesia with
// the source beside the draft, publishes it, and the English page lists the translation at once; a
// later edit of the source flags the translation until its translator marks it current.
import { expect, test } from '@playwright/test';
import { anAdminExists, body, editorReady, signedIn, unique } from './editorial-fixtures';
import { seriousViolations } from './page-checks';
import { createStaff } from './staff';

test.beforeAll(anAdminExists);

test('an editor translates a story and publishes it, and the source’s page lists the translation at once', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const editor = createStaff('editor');
  const u = unique();
  const title = `Tidal power plant approved ${u}`;
  const page = await signedIn(browser, editor);

  // The English story, written and published.
  await page.goto('/newsroom/articles/new');
  await editorReady(page);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('The council said yes after two years.');
  await body(page).click();
  await page.keyboard.type('The plant will power nine thousand homes.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+\?created=1/);
  const sourceEditor = new URL(page.url()).pathname;
  await editorReady(page);
  const sourceSlug = await page.getByLabel('Slug').inputValue();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published.')).toBeVisible();

  // A reader has the English page cached, with no other edition yet.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/articles/${sourceSlug}`);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole('navigation', { name: 'Also in' })).toHaveCount(0);

  // Translate → Bahasa Indonesia: a draft with the source beside it, in the source's language.
  await page.reload();
  await editorReady(page);
  const translations = page.getByRole('region', { name: 'Translations' });
  await expect(translations.getByText('Not translated yet.')).toBeVisible();
  await translations.getByLabel('Translate into').selectOption({ label: 'Bahasa Indonesia' });
  await translations.getByRole('button', { name: 'Translate', exact: true }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+\?translated=1/);
  const translationEditor = new URL(page.url()).pathname;
  expect(translationEditor).not.toBe(sourceEditor);
  await editorReady(page);
  const source = page.getByRole('region', { name: /^Source in English, version \d+ \(read-only\)$/ });
  await expect(source.getByRole('heading', { name: title })).toBeVisible();
  await expect(source.getByText('The plant will power nine thousand homes.')).toBeVisible();
  await expect(source.locator('[lang="en"][dir="ltr"]')).toHaveCount(1);
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(
    page.getByRole('region', { name: 'Translations' }).getByRole('link', { name: 'English' }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // Side by side on a wide screen; stacked, draft first, at 320 px, with nothing wider than the screen.
  const boxes = async () => ({
    draft: (await page.getByLabel('Title').boundingBox())!,
    source: (await source.boundingBox())!,
  });
  await page.setViewportSize({ width: 1400, height: 900 });
  const wide = await boxes();
  expect(wide.source.x).toBeGreaterThanOrEqual(wide.draft.x + wide.draft.width);
  await page.setViewportSize({ width: 320, height: 800 });
  const narrow = await boxes();
  expect(narrow.source.y).toBeGreaterThan(narrow.draft.y + narrow.draft.height);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Translated and published.
  const judul = `Pembangkit listrik tenaga pasang surut disetujui ${u}`;
  const slug = `pembangkit-listrik-pasang-surut-${u}`;
  await page.getByLabel('Title').fill(judul);
  await page.getByLabel('Slug').fill(slug);
  await page.getByLabel('Summary').fill('Dewan setuju setelah dua tahun.');
  await body(page).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Pembangkit ini akan memasok listrik untuk sembilan ribu rumah.');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published.')).toBeVisible();

  // The English page lists it after one reload, with hreflang alternates for both.
  await reader.reload();
  const alsoIn = reader.getByRole('navigation', { name: 'Also in' });
  await expect(alsoIn.getByRole('link', { name: 'Bahasa Indonesia' })).toHaveAttribute(
    'href',
    `/id/articles/${slug}`,
  );
  const alternate = (lang: string) => reader.locator(`link[rel="alternate"][hreflang="${lang}"]`);
  await expect(alternate('id')).toHaveAttribute('href', new RegExp(`/id/articles/${slug}$`));
  await expect(alternate('en')).toHaveAttribute('href', new RegExp(`/articles/${sourceSlug}$`));
  await expect(alternate('x-default')).toHaveAttribute('href', new RegExp(`/articles/${sourceSlug}$`));

  // The source changes: the translation says so, links to the change, and is marked current.
  await page.goto(sourceEditor);
  await editorReady(page);
  await page.getByLabel('Summary').fill('The council said yes after two years of hearings.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto(translationEditor);
  await editorReady(page);
  const notice = page.getByRole('region', { name: 'Source updated since translation' });
  await expect(notice).toBeVisible();
  await notice.getByRole('link', { name: /^See what changed in the source since version \d+$/ }).click();
  await expect(
    page.getByRole('heading', { name: /^Changes in the source from version \d+ to version \d+$/ }),
  ).toBeVisible();
  await expect(page.locator('ins', { hasText: 'hearings' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Back to the translation' }).click();
  await editorReady(page);
  await page.getByRole('button', { name: 'Mark as current' }).click();
  await expect(page.getByText(/^Marked as current with version \d+ of the source\.$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Source updated since translation' })).toHaveCount(0);
  await page.reload();
  await editorReady(page);
  await expect(page.getByRole('region', { name: 'Source updated since translation' })).toHaveCount(0);

  // The dashboard names the story's other edition on the English row, and filters by edition.
  await page.goto(`/newsroom?q=${encodeURIComponent(u)}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText('Bahasa Indonesia');
  await page.getByLabel('Edition').selectOption({ label: 'Bahasa Indonesia' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/edition=id/);
  await expect(page.getByRole('link', { name: judul })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});

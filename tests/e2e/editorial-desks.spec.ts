// Issue 11: desks. An admin limits an editor to the Arabic edition on the staff page; that editor's
// new-article form then writes in Arabic with no choice to make, and an English article opens
// read-only, with the reason and no buttons that would fail. Reads the demo newsroom's editions.
import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { anAdminExists, editorReady, signedIn, unique } from './editorial-fixtures';
import { createStaff } from './staff';

test.beforeAll(anAdminExists);

function row<T>(sql: string, ...params: unknown[]): T {
  const conn = new Database(path.join(process.env.E2E_DATA_DIR!, 'newsroom.db'), { readonly: true });
  try {
    return conn.prepare(sql).get(...params) as T;
  } finally {
    conn.close();
  }
}

test('an editor limited to the Arabic desk writes in Arabic only and sees English articles read-only', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = createStaff('admin');
  const editor = createStaff('editor');

  // The admin limits the editor to Arabic.
  const ap = await signedIn(browser, admin);
  await ap.goto('/newsroom/staff');
  const account = ap.getByRole('row', { name: new RegExp(editor.name) });
  await expect(account.getByRole('cell').filter({ hasText: 'All editions' })).toBeVisible();
  const desk = account.getByRole('group', { name: `Desk of ${editor.name}` });
  await expect(desk.getByRole('checkbox')).toHaveCount(3);
  const save = account.getByRole('button', { name: `Save desk of ${editor.name}` });
  await desk.getByLabel('العربية').check();
  await save.click();
  await expect(account.getByText(`${editor.name} now works in العربية only.`)).toBeVisible();
  await expect(account.getByRole('cell').filter({ hasText: /^العربية/ })).toBeVisible();
  // A refusal shows beside the control: an edition gone meanwhile (here, a tampered checkbox).
  // (After the click: React puts a checkbox's value back on its change event.)
  await desk.getByLabel('English').check();
  await desk.getByLabel('English').evaluate((box) => ((box as HTMLInputElement).value = '9999'));
  await save.click();
  const gone = 'There is no edition with id 9999; reload the page and choose again.';
  await expect(account.getByText(gone)).toBeVisible();
  await expect(desk).toHaveAccessibleDescription(gone);
  // Nothing was written: the desk is still Arabic alone.
  await ap.reload();
  await expect(desk.getByLabel('العربية')).toBeChecked();
  await expect(desk.getByLabel('English')).not.toBeChecked();
  // An admin works in every edition: the admin's own row has no desk to set.
  await expect(ap.getByRole('group', { name: `Desk of ${admin.name}` })).toHaveCount(0);
  // And the admin's new-article form still offers every edition.
  await ap.goto('/newsroom/articles/new');
  await expect(ap.getByRole('navigation', { name: 'Edition' }).getByRole('link')).toHaveCount(3);

  // The editor's form has no edition to choose, even when English is asked for, and writes in Arabic.
  const ep = await signedIn(browser, editor);
  await ep.goto('/newsroom/articles/new?edition=en');
  await editorReady(ep);
  await expect(ep.getByRole('navigation', { name: 'Edition' })).toHaveCount(0);
  const title = `تقرير المكتب ${unique()}`;
  await ep.getByLabel('Title').fill(title);
  await ep.getByLabel('Slug').fill(`desk-report-${unique()}`);
  await ep.getByRole('button', { name: 'Save draft' }).click();
  await ep.waitForURL(/\/newsroom\/articles\/\d+\?created=1/);
  const created = row<{ tag: string }>(
    'SELECT e.tag FROM articles a JOIN editions e ON e.id = a.edition_id WHERE a.title = ?',
    title,
  );
  expect(created.tag).toBe('ar');
  await expect(ep.getByRole('button', { name: 'Publish' })).toBeVisible();

  // A published English article: read-only, the reason given, no move offered.
  const english = row<{ id: number }>(
    `SELECT a.id FROM articles a JOIN editions e ON e.id = a.edition_id
     WHERE e.tag = 'en' AND a.status = 'published' ORDER BY a.id LIMIT 1`,
  );
  await ep.goto(`/newsroom/articles/${english.id}`);
  await expect(ep.getByText('You work in the العربية edition only.')).toBeVisible();
  await expect(ep.getByLabel('Title')).toBeDisabled();
  for (const name of ['Save', 'Publish', 'Unpublish', 'Send back'])
    await expect(ep.getByRole('button', { name, exact: true })).toHaveCount(0);
});

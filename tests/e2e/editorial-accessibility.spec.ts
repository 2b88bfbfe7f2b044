// The dashboard and the editor checked with axe.
import { expect, test } from '@playwright/test';
import { anAdminExists, body, editorReady, signedIn, unique } from './editorial-fixtures';
import { seriousViolations } from './page-checks';
import { createStaff } from './staff';

test.beforeAll(anAdminExists);

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

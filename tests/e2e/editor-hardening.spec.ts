// Issue 12 items 4 and 10: an oversized server-action post is answered 413 with the editor's own
// words (not a 500), and after a refused save of a new article the body editor keeps its layout:
// the toolbar above, the text inside the editing area.
import { expect, test } from '@playwright/test';
import { anAdminExists, body, editorReady, signedIn } from './editorial-fixtures';
import { createStaff } from './staff';

test.beforeAll(anAdminExists);

test('after a refused save of a new article the body stays under its toolbar, text visible', async ({
  browser,
}) => {
  const page = await signedIn(browser, createStaff('journalist'));
  await page.goto('/newsroom/articles/new');
  await editorReady(page);
  await body(page).click();
  await page.keyboard.type('A body that must stay in its box.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');

  // The refusal is brought into view and focused, so the editor is seen whole, not scrolled under its toolbar.
  await expect(page.getByText('Not saved: please fix the problems below.')).toBeInViewport();
  await expect(page.locator(':focus')).toContainText('Not saved');
  const toolbar = page.getByRole('toolbar').first();
  const text = body(page).getByText('A body that must stay in its box.');
  await expect(text).toBeVisible();
  // One editing area only, and it sits below the toolbar.
  await expect(page.locator('.ProseMirror')).toHaveCount(1);
  const bar = (await toolbar.boundingBox())!;
  const area = (await body(page).boundingBox())!;
  expect(area.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
  const line = (await text.boundingBox())!;
  expect(line.y).toBeGreaterThanOrEqual(area.y);
  expect(line.y + line.height).toBeLessThanOrEqual(area.y + area.height + 1);
});

test('a server action post over the body limit is answered 413 with the editor’s message', async ({
  browser,
}) => {
  const page = await signedIn(browser, createStaff('journalist'));
  const response = await page.request.post('/newsroom/articles/new', {
    headers: { 'next-action': '0'.repeat(42) },
    multipart: {
      title: 'Too big',
      leadImage: { name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(20 * 1024 * 1024) },
    },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain('Images must be 8 MB or smaller');
});

// An editor manages the sections: create, rename, delete, and an empty name is refused.
import { expect, test } from '@playwright/test';
import { anAdminExists, signedIn, unique } from './editorial-fixtures';
import { createStaff } from './staff';

test.beforeAll(anAdminExists);

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

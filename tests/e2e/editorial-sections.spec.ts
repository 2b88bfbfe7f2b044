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
  // The demo newsroom has three editions: each has its own list and form.
  const create = page.getByRole('group', { name: 'New section in English' });
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

  // A section of another edition: its list, and the same name refused a second time there.
  const pelabuhan = `Pelabuhan ${unique()}`;
  const indonesian = page.getByRole('group', { name: 'New section in Bahasa Indonesia' });
  await indonesian.getByLabel('Name').fill(pelabuhan);
  await indonesian.getByRole('button', { name: 'Create section' }).click();
  await expect(page.getByText(`Section “${pelabuhan}” created.`)).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Existing sections in Bahasa Indonesia' }).getByRole('group', {
      name: `Section “${pelabuhan}”`,
    }),
  ).toBeVisible();
  await indonesian.getByLabel('Name').fill(pelabuhan);
  await indonesian.getByRole('button', { name: 'Create section' }).click();
  await expect(indonesian.getByLabel('Name')).toHaveAccessibleDescription(/already a section called/);
});

// Staff accounts as an admin and their owner manage them: disabling ends sessions, a new account's
// temporary password signs in, changing your password signs out your other sessions.
import { expect, test } from '@playwright/test';
import { seriousViolations } from './page-checks';
import { createStaff, refusedLogin, signIn } from './staff';

test('an admin disables a signed-in journalist, whose next request is signed out', async ({ browser }) => {
  const admin = createStaff('admin');
  const journalist = createStaff('journalist');
  const journalistContext = await browser.newContext();
  const adminContext = await browser.newContext();
  try {
    const journalistPage = await journalistContext.newPage();
    await signIn(journalistPage, journalist);

    const adminPage = await adminContext.newPage();
    await signIn(adminPage, admin);
    await adminPage
      .getByRole('navigation', { name: 'Newsroom' })
      .getByRole('link', { name: 'Staff' })
      .click();
    await expect(adminPage.getByRole('heading', { name: 'Staff', level: 1 })).toBeVisible();
    const row = adminPage.getByRole('row').filter({ hasText: journalist.email });
    await expect(row).toContainText('Active');
    await row.getByRole('button', { name: `Disable ${journalist.name}` }).click();
    await expect(adminPage.getByRole('status').filter({ hasText: 'disabled' })).toContainText(
      `${journalist.name} is disabled and signed out everywhere.`,
    );
    await expect(row).toContainText('Disabled');

    // The journalist's cookie is still a valid JWT: only the per-request account check ends it.
    await journalistPage.reload();
    await expect(journalistPage).toHaveURL(/\/login/);
    await refusedLogin(journalistPage, journalist.email, journalist.password);
    await expect(journalistPage.getByRole('main').getByRole('alert')).toHaveText(
      'Email or password is incorrect.',
    );

    // The audit log shows the change and the sign-ins.
    await adminPage.goto('/newsroom/audit?action=user.disable');
    await expect(adminPage.getByRole('row').filter({ hasText: 'Account disabled' }).first()).toContainText(
      admin.name,
    );
  } finally {
    await journalistContext.close();
    await adminContext.close();
  }
});

test('an admin creates an editor whose temporary password, shown once, signs in', async ({
  page,
  browser,
}) => {
  const admin = createStaff('admin');
  await signIn(page, admin);
  await page.goto('/newsroom/staff');
  const email = `new-editor-${Date.now()}@e2e.test`;
  const form = page.getByRole('form', { name: 'Add a staff member' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Byline name').fill('Nadia E');
  await form.getByLabel('Full name').fill('Nadia Editor');
  await form.getByLabel('Role').selectOption('editor');
  await form.getByRole('button', { name: 'Create account' }).click();
  const secret = form.getByRole('status').locator('code');
  // Hashing a password is deliberately slow; other specs may be loading the same two cores.
  await expect(secret).toBeVisible({ timeout: 30_000 });
  const password = (await secret.textContent())!.trim();
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Active');

  const context = await browser.newContext();
  try {
    const editorPage = await context.newPage();
    await signIn(editorPage, { email, password });
    const nav = editorPage.getByRole('navigation', { name: 'Newsroom' });
    await expect(nav.getByRole('link', { name: 'Sections & tags' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Staff' })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('changing your own password keeps you signed in and signs out your other sessions', async ({
  browser,
}) => {
  const journalist = createStaff('journalist');
  const here = await browser.newContext();
  const elsewhere = await browser.newContext();
  try {
    const page = await here.newPage();
    const other = await elsewhere.newPage();
    await signIn(page, journalist);
    await signIn(other, journalist);
    await page.goto('/newsroom/account');
    await page.getByLabel('Current password').fill(journalist.password);
    await page.getByLabel('New password', { exact: true }).fill('a fresh new passphrase');
    await page.getByLabel('New password again').fill('a fresh new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'password' })).toHaveText(
      'Your password has been changed. Your other sessions have been signed out.',
    );
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
    await other.reload();
    // Signed out: to /login, or to /setup while this shared database happens to have no admin yet.
    await expect(other).toHaveURL(/\/(login|setup)/);
    await expect(other.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  } finally {
    await here.close();
    await elsewhere.close();
  }
});

test('the sign-in page and the staff page have no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  expect(await seriousViolations(page)).toEqual([]);
  const admin = createStaff('admin');
  await signIn(page, admin);
  await page.goto('/newsroom/staff');
  await expect(page.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/newsroom/audit');
  expect(await seriousViolations(page)).toEqual([]);
});

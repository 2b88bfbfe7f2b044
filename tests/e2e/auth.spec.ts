// Sign-in, sign-out, throttling, ended sessions and the first-run setup, as a person meets them.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createStaff, signIn, signOut } from './staff';

async function fillLogin(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A sign-in expected to be refused: waits for the answer, so the next step never sees the previous message. */
async function refusedLogin(page: Page, email: string, password: string) {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  await fillLogin(page, email, password);
  await answered;
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('signing in and out', () => {
  test('a journalist signs in, lands where they were going, and signs out', async ({ page, context }) => {
    const journalist = createStaff('journalist');
    await page.goto('/newsroom/account');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fnewsroom%2Faccount/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await fillLogin(page, journalist.email, journalist.password);
    await expect(page).toHaveURL(/\/newsroom\/account$/);
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
    await expect(page.getByText(journalist.email)).toBeVisible();

    const cookie = (await context.cookies()).find((c) => c.name === 'authjs.session-token');
    expect(cookie, 'the session cookie').toBeDefined();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });

    // A journalist's navigation has no admin pages, and an admin page answers 403.
    const nav = page.getByRole('navigation', { name: 'Newsroom' });
    await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Staff' })).toHaveCount(0);
    const forbidden = await page.goto('/newsroom/staff');
    expect(forbidden?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'You cannot open this page' })).toBeVisible();

    await page.goto('/newsroom/account');
    await signOut(page);
    await page.goto('/newsroom');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a wrong password is refused with a message that does not say which part was wrong', async ({
    page,
  }) => {
    const editor = createStaff('editor');
    await page.goto('/login');
    await refusedLogin(page, editor.email, 'not the password at all');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email or password is incorrect.');
    await expect(page.getByLabel('Email')).toHaveValue(editor.email);
    await expect(page).toHaveURL(/\/login/);
    await refusedLogin(page, `nobody-${Date.now()}@e2e.test`, 'not the password at all');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email or password is incorrect.');
    // Empty fields get their own message next to the field.
    await refusedLogin(page, '', '');
    await expect(page.getByText('Enter your email address.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  test('after five failures the sixth attempt is refused, even with the right password', async ({ page }) => {
    const journalist = createStaff('journalist');
    await page.goto('/login');
    for (let i = 1; i <= 5; i++) {
      await refusedLogin(page, journalist.email, `wrong password ${i}`);
      await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email or password is incorrect.');
    }
    await refusedLogin(page, journalist.email, journalist.password);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      /^Too many failed sign-in attempts\. Try again in (15|14) minutes\.$/,
    );
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe('what a crafted request cannot do', () => {
  test('a callback URL that would leave the site leads to the newsroom instead', async ({ page }) => {
    const journalist = createStaff('journalist');
    // Browsers drop the tab, so "/\t/evil.example" would become "//evil.example": another host.
    await page.goto('/login?callbackUrl=%2F%09%2Fevil.example%2Fphish');
    await fillLogin(page, journalist.email, journalist.password);
    await page.waitForURL(/\/newsroom$/);
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  test('over-long passwords posted straight to Auth.js are refused without counting', async ({ page }) => {
    const journalist = createStaff('journalist');
    const { csrfToken } = await (await page.request.get('/api/auth/csrf')).json();
    for (let i = 0; i < 6; i++) {
      const response = await page.request.post('/api/auth/callback/credentials', {
        form: { csrfToken, email: journalist.email, password: 'x'.repeat(1001) },
        maxRedirects: 0,
      });
      expect(response.headers()['location']).toMatch(/\/login\?error=CredentialsSignin/);
    }
    // Six refusals that counted would have closed the account for 15 minutes.
    await signIn(page, journalist);
  });
});

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

// The shared test server's database gets admins from other specs at any moment, so the first-run
// setup runs against a server of its own, on a fresh data directory, from the same build.
test.describe('first-run setup on a fresh newsroom', () => {
  let server: ChildProcess | undefined;
  let dataDir = '';
  let baseURL = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const port = await freePort();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-setup-e2e-'));
    baseURL = `http://localhost:${port}`;
    // `next start` on the build the main test server has just made current: going through
    // scripts/start.mjs could start a rebuild (colleagues' edits) under the running main server.
    server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        NEWSROOM_E2E: '1',
        AUTH_SECRET: '',
        NEWSROOM_SECRET: '',
      },
      stdio: 'ignore',
      detached: true,
    });
    await waitFor(`${baseURL}/login`, 150_000);
  });

  test.afterAll(() => {
    // End the server's whole process group (Next starts workers).
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {}
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the newsroom leads to the setup, which creates the first admin once and then is gone', async ({
    page,
  }) => {
    await page.goto(`${baseURL}/newsroom`);
    await expect(page).toHaveURL(`${baseURL}/setup`);
    await expect(page.getByRole('heading', { name: 'Set up the newsroom' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    const email = 'first.admin@e2e.test';
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Byline name').fill('Ada L');
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Password', { exact: true }).fill('a long first password');
    await page.getByLabel('Password again').fill('a different password');
    await page.getByRole('button', { name: 'Create the admin account' }).click();
    await expect(page.getByText('The two passwords do not match.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(email);

    await page.getByLabel('Password', { exact: true }).fill('a long first password');
    await page.getByLabel('Password again').fill('a long first password');
    await page.getByRole('button', { name: 'Create the admin account' }).click();
    await expect(page).toHaveURL(`${baseURL}/newsroom`);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Staff' }),
    ).toBeVisible();

    const again = await page.goto(`${baseURL}/setup`);
    expect(again?.status()).toBe(404);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The setup test server did not answer at ${url}.`);
}

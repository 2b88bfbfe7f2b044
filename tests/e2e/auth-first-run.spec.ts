// The first-run setup, as the first admin meets it on a fresh newsroom.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answers, freePort } from './own-server';
import { seriousViolations } from './page-checks';

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
    // One production server process (scripts/serve.mjs) on the build the main test server has just
    // made current: scripts/start.mjs could start a rebuild (colleagues' edits) under the main server.
    server = spawn(process.execPath, ['scripts/serve.mjs'], {
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
    if (!(await answers(`${baseURL}/login`, 150_000)))
      throw new Error(`The setup test server did not answer at ${baseURL}/login.`);
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

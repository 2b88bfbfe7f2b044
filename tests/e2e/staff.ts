// Shared by the browser specs: staff accounts made through the operator's CLI against the test
// server's database, and signing in (or being refused) through the real /login form.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export type StaffRole = 'journalist' | 'editor' | 'admin';
export type Staff = { email: string; password: string; name: string; fullName: string; role: StaffRole };

/** Creates a staff account with a unique email (safe across parallel workers and specs). */
export function createStaff(role: StaffRole, overrides: Partial<Omit<Staff, 'role'>> = {}): Staff {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const staff: Staff = {
    email: overrides.email ?? `${role}-${id}@e2e.test`,
    password: overrides.password ?? `pw-${randomBytes(8).toString('hex')}`,
    name: overrides.name ?? `${cap(role)} ${id.slice(-5).toUpperCase()}`,
    fullName: overrides.fullName ?? `${cap(role)} ${id} Tester`,
    role,
  };
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error('E2E_DATA_DIR is not set: run this through playwright.config.ts.');
  const run = () =>
    execFileSync(
      'npx',
      [
        'tsx',
        '--conditions=react-server',
        'scripts/user.ts',
        'add',
        '--email',
        staff.email,
        '--name',
        staff.name,
        '--full-name',
        staff.fullName,
        '--role',
        role,
      ],
      {
        input: `${staff.password}\n`,
        env: { ...process.env, DATA_DIR: dataDir },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
  // The server writes to the same SQLite file; a busy database is worth a few more tries.
  for (let attempt = 1; ; attempt++) {
    try {
      run();
      break;
    } catch (error) {
      const busy = /database is locked|SQLITE_BUSY/.test(
        String((error as { stderr?: Buffer }).stderr ?? error),
      );
      if (!busy || attempt >= 5) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200 * attempt);
    }
  }
  return staff;
}

/** Fills in the sign-in form already on the page and sends it. */
export async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A sign-in expected to be refused: waits for the answer, so the next step never sees the previous message. */
export async function refusedLogin(page: Page, email: string, password: string): Promise<void> {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  await fillLogin(page, email, password);
  await answered;
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
}

/** Signs in through /login and waits until the newsroom is shown. */
export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await fillLogin(page, who.email, who.password);
  await page.waitForURL(/\/newsroom(\/|\?|$)/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Signs out with the newsroom header's button. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
}

function cap(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

// Shared by the editorial specs: staff signed in in browsers of their own, and the rich-text
// editor's body and readiness.
import { expect, type Browser, type Page } from '@playwright/test';
import { createStaff, signIn, type Staff } from './staff';

export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** For a spec's beforeAll: with no admin, /newsroom leads to the first-run setup instead of the dashboard. */
export function anAdminExists(): void {
  createStaff('admin');
}

export async function signedIn(browser: Browser, who: Staff): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

export function body(page: Page) {
  return page.getByRole('textbox', { name: 'Body' });
}

/** The toolbar's buttons are enabled once the editor has mounted, i.e. the page is interactive. */
export async function editorReady(page: Page) {
  await expect(page.getByRole('button', { name: 'Bold' })).toBeEnabled();
}

// Signing in and out as a person meets it: where it lands, wrong passwords, throttling, and what a
// crafted request cannot do.
import { expect, test } from '@playwright/test';
import { createStaff, fillLogin, refusedLogin, signIn, signOut } from './staff';

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

// Issue 12 in a real browser: every kind of page loads with its Content-Security-Policy enforced
// and not one violation reported (the editor with an image upload, the charts, the rating widget
// and the live counters included); every response carries the security headers; and a session
// cookie copied before sign-out, or before "sign out everywhere", no longer opens the newsroom.
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { anAdminExists, body, editorReady, signedIn, unique } from './editorial-fixtures';
import { newReader } from './article-readers';
import { inlineScriptTexts, publicArticle, watchCsp } from './security-fixtures';
import { createStaff, signOut } from './staff';
import { articleIn } from './site-edition-fixtures';

test.beforeAll(anAdminExists);

async function visit(page: Page, path: string, ready: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: ready }).first()).toBeVisible();
  // Hydration done: the client layer has mounted and run whatever it runs.
  await page.waitForLoadState('networkidle');
}

test('public pages, the rating widget and the live counters run under the CSP without a violation', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A browser's user agent: headless Chromium's own is taken for a crawler and may not rate.
  const page = await (await newReader(browser)).newPage();
  const violations = await watchCsp(page);
  const article = publicArticle();
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const live = page.waitForResponse((r) => r.url().endsWith('/live') && r.request().method() === 'POST');
  await page.goto(`/articles/${article.slug}`);
  expect((await live).status()).toBe(200);
  await page.getByRole('button', { name: 'Rate 4 out of 5 stars' }).click();
  await expect(page.getByText(/Thanks for rating!|You changed your rating/)).toBeVisible();
  // Again: the browser revalidates its copy, and a 304's headers must not replace its policy.
  const again = page.waitForResponse((r) => r.url().endsWith('/live') && r.request().method() === 'POST');
  await page.goto(`/articles/${article.slug}`);
  expect((await again).status()).toBe(200);
  await page.goto(`/articles/${article.slug}/print`);
  await page.waitForLoadState('networkidle');
  for (const path of [
    `/sections/${article.section}`,
    `/tags/${article.tag}`,
    `/authors/${article.author}`,
    '/search?q=harbour',
    `/articles/${article.slug}/rated`,
    '/no-such-page',
    // Next's 404 shell for these is swapped for the readable 404 page (scripts/finish-html.mjs).
    '/articles/no-such-article',
    '/sections/no-such-section',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test('the login page, the dashboard, the editor with an image upload, moderation and stats charts run under the CSP', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = createStaff('admin');
  const page = await (await browser.newContext()).newPage();
  const violations = await watchCsp(page);
  await visit(page, '/login', /sign in/i);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/newsroom(\/|\?|$)/);
  await page.waitForLoadState('networkidle');

  await page.goto('/newsroom/articles/new');
  await editorReady(page);
  await page.getByLabel('Title').fill(`Under a strict policy ${unique()}`);
  await body(page).click();
  await page.keyboard.type('Written with the policy on.');
  await page.getByRole('button', { name: 'Image', exact: true }).click();
  const insert = page.getByRole('group', { name: 'Insert an image' });
  const png = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#335' } })
    .png()
    .toBuffer();
  await insert.getByLabel('Image file').setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: png });
  await insert.getByLabel('Description (alt text)').fill('A small square');
  await insert.getByRole('button', { name: 'Insert image' }).click();
  await expect(body(page).getByRole('img', { name: 'A small square' })).toBeVisible();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+\?created=1/);
  await editorReady(page);

  const article = publicArticle();
  for (const path of [
    '/newsroom',
    '/newsroom/moderation',
    `/newsroom/moderation/${article.id}`,
    '/newsroom/stats',
    `/newsroom/stats/${article.id}`,
    '/newsroom/staff',
    '/newsroom/account',
    '/newsroom/audit',
    '/newsroom/sections',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test('every kind of response carries the security headers; pages rendered per request get a fresh nonce', async ({
  request,
}) => {
  const article = publicArticle();
  const cached = [
    '/',
    `/articles/${article.slug}`,
    `/articles/${article.slug}/print`,
    '/no-such-page',
    '/feed.xml',
  ];
  const perRequest = ['/login', `/sections/${article.section}`, '/search?q=x', `/tags/${article.tag}`];
  const nonces = new Set<string>();
  for (const path of [...cached, ...perRequest, ...perRequest]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    const policy = headers['content-security-policy'] ?? '';
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toContain("img-src 'self' data: blob:");
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scripts, path).not.toContain("'unsafe-inline'");
    if (cached.includes(path)) {
      expect(nonce, path).toBeUndefined();
      // A shared HTML page allows exactly its own inline scripts, by hash; the feed none at all.
      const hashes = scripts.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
      if (path === '/feed.xml') expect(scripts, path).toBe("'self'");
      else expect(hashes.length, path).toBe(new Set(inlineScriptTexts(await response.text())).size);
    } else {
      expect(nonce, path).toBeTruthy();
      expect(policy, path).not.toContain("'unsafe-inline' 'self'");
      nonces.add(nonce!);
    }
    // Plain http here: no HSTS, which would pin a host to https it does not speak.
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
  expect(nonces.size).toBe(perRequest.length * 2);
  const https = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(https.headers()['strict-transport-security']).toContain('max-age=');
});

/** A policy with its per-response parts (nonce, script hashes) replaced by placeholders. */
function policyShape(policy: string): string {
  return policy
    .replace(/'nonce-[^']+'/g, "'nonce-…'")
    .replace(/( 'sha256-[A-Za-z0-9+/=]+')+/g, " 'sha256-…'");
}

test('another edition’s pages get exactly the default edition’s security headers', async ({
  request,
  browser,
}) => {
  const en = publicArticle();
  const ar = articleIn('ar');
  const id = articleIn('id');
  // Each English page beside the same kind of page in Arabic or Indonesian.
  const pairs: [string, string][] = [
    ['/', '/ar'],
    ['/', '/id'],
    [`/articles/${en.slug}`, `/ar/articles/${ar.slug}`],
    [`/articles/${en.slug}/print`, `/ar/articles/${ar.slug}/print`],
    [`/sections/${en.section}`, `/ar/sections/${ar.sectionSlug}`],
    [`/authors/${en.author}`, `/id/authors/${id.authorSlug}`],
    ['/search?q=harbour', '/id/search?q=kota'],
    ['/search', '/ar/search'],
    [`/sections/${en.section}/feed.xml`, `/ar/sections/${ar.sectionSlug}/feed.xml`],
    ['/feed.xml', '/id/feed.xml'],
    ['/articles/no-such-article', '/ar/articles/no-such-article'],
    ['/sections/no-such-section', '/id/sections/no-such-section'],
  ];
  if (ar.tagSlug) pairs.push([`/tags/${en.tag}`, `/ar/tags/${ar.tagSlug}`]);
  const names = [
    'content-security-policy',
    'x-content-type-options',
    'referrer-policy',
    'x-frame-options',
    'permissions-policy',
    'cross-origin-opener-policy',
    'strict-transport-security',
  ];
  for (const [english, other] of pairs) {
    const [a, b] = await Promise.all([english, other].map((path) => request.get(path, { maxRedirects: 0 })));
    expect(b.status(), other).toBe(a.status());
    for (const name of names) {
      const [left, right] = [a.headers()[name], b.headers()[name]];
      if (name === 'content-security-policy') {
        expect(policyShape(right ?? ''), `${other} ${name}`).toBe(policyShape(left ?? ''));
        expect(right, other).toBeTruthy();
      } else expect(right, `${other} ${name}`).toBe(left);
    }
  }

  // And they run under it: the Arabic article with a vote, the lists rendered per request, a 404.
  const page = await (await newReader(browser)).newPage();
  const violations = await watchCsp(page);
  const live = page.waitForResponse((r) => r.url().endsWith('/live') && r.request().method() === 'POST');
  await page.goto(`/ar/articles/${ar.slug}`);
  expect((await live).status()).toBe(200);
  await page.locator('button[name="stars"][value="4"]').click();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: /.+/ })).toBeVisible();
  for (const path of [
    `/ar/sections/${ar.sectionSlug}`,
    '/id/search?q=kota',
    `/id/authors/${id.authorSlug}`,
    '/ar/articles/no-such-article',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test('a session cookie copied before sign-out no longer opens the newsroom', async ({ browser }) => {
  const journalist = createStaff('journalist');
  const page = await signedIn(browser, journalist);
  const copied = await page.context().cookies();
  await signOut(page);
  const thief = await (await browser.newContext()).newPage();
  await thief.context().addCookies(copied);
  await thief.goto('/newsroom');
  await expect(thief).toHaveURL(/\/login/);
  await expect(thief.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('an admin’s “Sign out everywhere” ends another person’s session in their browser', async ({
  browser,
}) => {
  const admin = createStaff('admin');
  const journalist = createStaff('journalist');
  const theirs = await signedIn(browser, journalist);
  const ap = await signedIn(browser, admin);
  await ap.goto('/newsroom/staff');
  await ap.getByRole('button', { name: `Sign out ${journalist.name} everywhere` }).click();
  await expect(ap.getByText(`${journalist.name} is signed out everywhere.`)).toBeVisible();
  await theirs.goto('/newsroom');
  await expect(theirs).toHaveURL(/\/login/);
});

test('a server action posted from another site is answered 403, not 500', async ({ request }) => {
  const response = await request.post('/login', {
    headers: { 'next-action': 'f'.repeat(42), origin: 'https://evil.example', 'content-type': 'text/plain' },
    data: '[]',
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

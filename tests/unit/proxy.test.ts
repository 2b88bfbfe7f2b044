import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appSecret } from '@/lib/config';
import { config, proxy } from '@/proxy';
import { NONCE_PATHS, securityHeaderRules } from '@/lib/security-headers.mjs';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';

const COOKIE = 'authjs.session-token';

async function sessionCookie(issuedMinutesAgo: number): Promise<string> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() - issuedMinutesAgo * 60_000);
  const token = await encode({
    token: { userId: 1, role: 'journalist', sessionVersion: 0 },
    secret: appSecret(),
    salt: COOKIE,
    maxAge: 8 * 3600,
  });
  vi.useRealTimers();
  return token;
}

function request(
  path: string,
  init: { cookie?: string; method?: string; headers?: Record<string, string> } = {},
) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', `${COOKIE}=${init.cookie}`);
  return new NextRequest(new URL(path, 'http://localhost:3000'), { method: init.method ?? 'GET', headers });
}

afterEach(() => vi.useRealTimers());

describe('the newsroom proxy', () => {
  it('sends a visitor without a session to /login, remembering where they were going', async () => {
    const response = await proxy(request('/newsroom/articles/new?x=1'));
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location')!).pathname).toBe('/login');
    expect(new URL(response.headers.get('location')!).searchParams.get('callbackUrl')).toBe(
      '/newsroom/articles/new?x=1',
    );
  });

  it('treats a cookie that is not our JWT as no session', async () => {
    const response = await proxy(request('/newsroom', { cookie: 'forged' }));
    expect(response.status).toBe(307);
  });

  it('lets a fresh session through without re-issuing its cookie', async () => {
    const response = await proxy(request('/newsroom', { cookie: await sessionCookie(1) }));
    expect(response.headers.get('location')).toBeNull();
    expect(response.cookies.get(COOKIE)).toBeUndefined();
  });

  it('re-issues an older session cookie on a page view, pushing its expiry a working day ahead', async () => {
    const response = await proxy(request('/newsroom', { cookie: await sessionCookie(10) }));
    const cookie = response.cookies.get(COOKIE);
    expect(cookie?.value).toBeTruthy();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false, maxAge: 8 * 3600 });
  });

  it('never re-issues the cookie on a prefetch or a form post, which could revive a session just ended', async () => {
    const old = await sessionCookie(10);
    const prefetch = await proxy(
      request('/newsroom/staff', { cookie: old, headers: { 'next-router-prefetch': '1' } }),
    );
    const post = await proxy(request('/newsroom/account', { cookie: old, method: 'POST' }));
    expect(prefetch.cookies.get(COOKIE)).toBeUndefined();
    expect(post.cookies.get(COOKIE)).toBeUndefined();
  });

  it('uses the __Secure- cookie when the request came over https', async () => {
    const plain = await sessionCookie(1);
    const response = await proxy(
      request('/newsroom', { cookie: plain, headers: { 'x-forwarded-proto': 'https' } }),
    );
    // The plain-named cookie is not the session over https, so the visitor is sent to sign in.
    expect(response.status).toBe(307);
  });
});

describe('the proxy’s security headers (issue 12)', () => {
  it('gives every page rendered per request a CSP with a fresh nonce, also on the request for Next', async () => {
    const first = await proxy(request('/login'));
    const second = await proxy(request('/search?q=x'));
    const policy = first.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toContain("'unsafe-inline' ;");
    expect(policy).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    // Next reads the nonce from the request headers it is handed (x-middleware-request-*).
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
  });

  it('answers a cross-site server action post with 403, not the 500 Next gives', async () => {
    const crossSite = await proxy(
      request('/newsroom/staff', {
        method: 'POST',
        headers: { 'next-action': 'abc', origin: 'https://evil.example', host: 'localhost:3000' },
      }),
    );
    expect(crossSite.status).toBe(403);
    const spoofed = await proxy(
      request('/login', {
        method: 'POST',
        headers: {
          'next-action': 'abc',
          origin: 'https://evil.example',
          host: 'localhost:3000',
          'x-forwarded-host': 'evil.example',
        },
      }),
    );
    expect(spoofed.status).toBe(403);
    const own = await proxy(
      request('/login', {
        method: 'POST',
        headers: { 'next-action': 'abc', origin: 'http://localhost:3000', host: 'localhost:3000' },
      }),
    );
    expect(own.status).toBe(200);
  });
});

describe('which paths get the nonce policy, in every edition (issue 11)', () => {
  // The proxy's matcher (literal strings Next reads at build time), NONCE_PATHS (scripts/serve.mjs)
  // and next.config's static policy rule must agree: a path the proxy skips gets no nonce, and a path
  // with both the static policy and the proxy's would carry two policies, the stricter blocking
  // the nonce's scripts.
  const perRequest = [
    '/search',
    '/sections/politics',
    '/authors/mei-z',
    '/tags/ferries',
    '/id/search',
    '/ar/sections/siyasa',
    '/ar/sections/siyasa/feed.xml',
    '/id/authors/sari-w',
    '/ar/tags/x',
    '/pt-BR/search',
    '/newsroom',
    '/login',
  ];
  const shared = [
    '/',
    '/ar',
    '/id/articles/x',
    '/ar/articles/x/print',
    '/articles/search',
    '/articles/tags',
    '/ar/_not-found',
    '/feed.xml',
    '/ar/feed.xml',
    '/default/search',
  ];
  // Next's own path-to-regexp matching, as it applies these patterns.
  const matches = (pattern: string) => {
    const match = getPathMatch(pattern);
    return { test: (path: string) => match(path) !== false };
  };
  const matchers = (config.matcher as string[]).map(matches);
  const staticRule = securityHeaderRules().find((r) =>
    r.headers.some((h) => h.key === 'Content-Security-Policy'),
  )!;
  const staticPolicy = matches(staticRule.source);

  it.each(perRequest)('%s runs the proxy and gets no static policy', (path) => {
    expect(matchers.some((m) => m.test(path))).toBe(true);
    expect(NONCE_PATHS.test(path)).toBe(true);
    expect(staticPolicy.test(path)).toBe(false);
  });

  it.each(shared)('%s is a shared page: no proxy, the static policy', (path) => {
    expect(matchers.some((m) => m.test(path))).toBe(false);
    expect(NONCE_PATHS.test(path)).toBe(false);
    expect(staticPolicy.test(path)).toBe(true);
  });
});

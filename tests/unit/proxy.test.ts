import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appSecret } from '@/lib/config';
import { proxy } from '@/proxy';

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

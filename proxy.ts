// Runs before every page rendered per request (never before the cached article and front pages):
// gives the page a Content-Security-Policy with a fresh nonce, which Next reads from the request
// and puts on its own scripts (README "Security"). For the newsroom it also sends a visitor without
// a session cookie to /login (for their sake; the real checks are getActor and the data layer), and
// pushes a live session's expiry on, so a session ends after a working day of inactivity.
import { decode, encode } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from './auth.config';
import { appSecret } from './lib/config';
import { hostOf, ownHosts } from './lib/own-hosts';
import { noncePolicy } from './lib/security-headers.mjs';
import { TOO_LARGE } from './lib/image-limits';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from './lib/body-limits.mjs';

export async function proxy(request: NextRequest) {
  if (isCrossSiteAction(request))
    return new NextResponse('Forms are only accepted from this site’s own pages.', { status: 403 });
  if (isOversizedAction(request))
    return new NextResponse(`${TOO_LARGE}.`, { status: 413, headers: { 'content-type': 'text/plain' } });
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const policy = noncePolicy(nonce);
  const forwarded = new Headers(request.headers);
  forwarded.set('content-security-policy', policy);
  forwarded.set('x-nonce', nonce);
  const isNewsroom = request.nextUrl.pathname.startsWith('/newsroom');
  const response = isNewsroom
    ? await newsroom(request, forwarded)
    : NextResponse.next({ request: { headers: forwarded } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * A server action posted from another site. Next refuses it too, but with a 500; this answers 403
 * first. A post without Origin is not a browser's cross-site form and is left to Next.
 */
function isCrossSiteAction(request: NextRequest): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  const host = hostOf(origin);
  return host === null || !ownHosts(request.headers).includes(host);
}

/**
 * A server action post larger than next.config.mjs's bodySizeLimit: Next would answer it with a
 * 500 ("Body exceeded"); it is refused here first with a 413 and the editor's own words (issue 12).
 */
function isOversizedAction(request: NextRequest): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const length = Number(request.headers.get('content-length') ?? '');
  return Number.isFinite(length) && length > SERVER_ACTION_BODY_LIMIT_BYTES;
}

async function newsroom(request: NextRequest, forwarded: Headers): Promise<NextResponse> {
  const path = request.nextUrl.pathname + request.nextUrl.search;
  // The same rule as Auth.js (trustHost): https, as the request or the proxy in front says, means
  // the __Secure- cookie.
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0].trim() ?? request.nextUrl.protocol;
  const secure = proto.startsWith('https');
  const cookieName = `${secure ? '__Secure-' : ''}authjs.session-token`;
  const value = request.cookies.get(cookieName)?.value;
  const token = value
    ? await decode({ token: value, secret: appSecret(), salt: cookieName }).catch(() => null)
    : null;
  if (!token) {
    const login = new URL('/login', request.nextUrl.origin);
    login.searchParams.set('callbackUrl', path);
    return NextResponse.redirect(login);
  }
  // Lets requireActor() send someone whose session has ended back to the page they were on.
  forwarded.set('x-newsroom-path', path);
  const response = NextResponse.next({ request: { headers: forwarded } });
  // Re-issued at most every few minutes and only on page views: a refreshed cookie arriving on a
  // slow prefetch or action response could otherwise bring back a session just signed out. (A
  // re-issued cookie of a signed-out session is harmless: its session row is gone.)
  const age = Date.now() / 1000 - (typeof token.iat === 'number' ? token.iat : 0);
  const isPageView = request.method === 'GET' && !request.headers.has('next-router-prefetch');
  if (isPageView && age > SESSION_UPDATE_AGE_SECONDS) {
    const fresh = await encode({
      token,
      secret: appSecret(),
      salt: cookieName,
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
    response.cookies.set(cookieName, fresh, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
  }
  return response;
}

// Pages rendered per request only (lib/security-headers.mjs NONCE_PATHS says the same): the cached
// public pages never run the proxy. Another edition's lists (`/ar/search`) are the same pages under
// its prefix, a language tag (EDITION_TAG in lib/edition-prefix.mjs; Next reads this list as literal
// strings, so the pattern is written out here), and get the same nonce policy.
export const config = {
  matcher: [
    '/newsroom',
    '/newsroom/:path*',
    '/login',
    '/setup',
    '/search',
    '/sections/:path*',
    '/authors/:path*',
    '/tags/:path*',
    '/:edition([a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?)/search',
    '/:edition([a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?)/sections/:path*',
    '/:edition([a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?)/authors/:path*',
    '/:edition([a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?)/tags/:path*',
  ],
};

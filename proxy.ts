// Only for the newsroom: sends a visitor without a session cookie to /login (for their sake; the
// real checks are getActor and the data layer), and pushes a live session's expiry on, which is
// what makes a session end after a working day of inactivity rather than a day after sign-in.
import { decode, encode } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from './auth.config';
import { appSecret } from './lib/config';

export async function proxy(request: NextRequest) {
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
  const forwarded = new Headers(request.headers);
  forwarded.set('x-newsroom-path', path);
  const response = NextResponse.next({ request: { headers: forwarded } });
  // Re-issued at most every few minutes and only on page views: a refreshed cookie arriving on a
  // slow prefetch or action response could otherwise bring back a session just signed out.
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

// Narrow on purpose: public pages (above all the cached article page) never run the proxy.
export const config = { matcher: ['/newsroom', '/newsroom/:path*'] };

// Only for the newsroom: sends a visitor without a session cookie to /login (for their sake; the
// real checks are getActor and the data layer), and pushes a live session's expiry on, which is
// what makes a session end after a working day of inactivity rather than a day after sign-in.
import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from './auth.config';

const { auth } = NextAuth(authConfig);

export default auth((request) => {
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (!request.auth) {
    const login = new URL('/login', request.nextUrl.origin);
    login.searchParams.set('callbackUrl', path);
    return NextResponse.redirect(login);
  }
  // Lets requireActor() send someone whose session has ended back to the page they were on.
  const forwarded = new Headers(request.headers);
  forwarded.set('x-newsroom-path', path);
  return NextResponse.next({ request: { headers: forwarded } });
});

// Narrow on purpose: public pages (above all the cached article page) never run the proxy.
export const config = { matcher: ['/newsroom', '/newsroom/:path*'] };

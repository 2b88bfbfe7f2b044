// Auth.js for the newsroom. The JWT only says who signed in and names a server-side session;
// every request re-reads the account and that session (getActor), so signing out, disabling an
// account or changing its password ends the session at once, even for a copied cookie.
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { authConfig, type SessionClaims } from './auth.config';
import { hasRole, type Actor } from './db/people/permissions';
import { clientAddress, hashAddress } from './lib/client-address';
import { deviceCookieFromHeader, trustedDeviceId } from './lib/device-cookie';
import type { Role } from './db/schema';
import { authenticate, withinLengthLimits } from './db/people/sign-in';
import { getUserById } from './db/people/users';
import { checkSession, startSession } from './db/people/sessions';
import { REQUEST_ID_HEADER } from './lib/logger.mjs';
import { addressTag, log } from './lib/log';

/** Thrown by authorize() when the door is closed; the login action explains it with the wait. */
export class ThrottledSignin extends CredentialsSignin {
  code = 'throttled';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      // Throttling and recording live here rather than in the login form's action, so a client
      // posting straight to /api/auth/callback/credentials meets the same rules.
      async authorize(credentials, request) {
        const email = typeof credentials?.email === 'string' ? credentials.email : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        // Before anything is hashed or written: a direct POST never met the login form's limits.
        if (!email || !password || !withinLengthLimits(email, password)) return null;
        const addressHash = addressHashOf(request.headers);
        // A device cookie signed for this very email exempts the device from others' failures.
        const device = trustedDeviceId(deviceCookieFromHeader(request.headers.get('cookie')), email);
        const result = await authenticate(email, password, addressHash, Date.now(), device);
        // Never the email or password: the user id on success, a hash prefix to tie attempts together.
        log.info(
          {
            event: 'sign-in',
            reqId: request.headers.get(REQUEST_ID_HEADER) ?? undefined,
            outcome: result.ok ? 'success' : result.reason === 'throttled' ? 'throttled' : 'failure',
            userId: result.ok ? result.user.id : undefined,
            addressTag: addressTag(addressHash),
          },
          'sign-in',
        );
        if (result.ok) {
          const claims: SessionClaims = {
            userId: result.user.id,
            role: result.user.role,
            sessionVersion: result.user.sessionVersion,
            sessionId: startSession(result.user.id),
          };
          return { id: String(result.user.id), email: result.user.email, name: result.user.name, ...claims };
        }
        if (result.reason === 'throttled') throw new ThrottledSignin();
        return null;
      },
    }),
  ],
});

export type SignedIn = Actor & { name: string; email: string; sessionId: string };

/** The signed-in staff member, re-read from the database; null when there is none or it has ended. */
export const getActor = cache(async (): Promise<SignedIn | null> => {
  const session = await auth();
  const claims = session?.user as Partial<SessionClaims> | undefined;
  if (!claims?.userId || typeof claims.sessionId !== 'string') return null;
  const user = getUserById(claims.userId);
  if (!user || user.disabled || user.sessionVersion !== claims.sessionVersion) return null;
  if (!checkSession(claims.sessionId, user.id)) return null;
  // The role comes from the database, so a promotion or demotion applies on the next request.
  return { id: user.id, role: user.role, name: user.name, email: user.email, sessionId: claims.sessionId };
});

/**
 * For newsroom pages and actions: sends a visitor without a valid session to /login (then back
 * here), and answers 403 when the role is too low. The data layer checks again on every write.
 */
export async function requireActor(minRole: Role = 'journalist'): Promise<SignedIn> {
  const actor = await getActor();
  if (!actor) {
    const back = (await headers()).get('x-newsroom-path') ?? '/newsroom';
    redirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (!hasRole(actor, minRole)) forbidden();
  return actor;
}

function addressHashOf(requestHeaders: Headers): string {
  return hashAddress(clientAddress(requestHeaders));
}

// The part of the Auth.js configuration that needs no database, shared by auth.ts and proxy.ts:
// the proxy only reads and refreshes the session cookie, so it must not load SQLite or argon2.
import type { NextAuthConfig } from 'next-auth';
import { appSecret } from '@/lib/config';
import type { Role } from '@/db/schema';

import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from '@/lib/session-times';

export { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS };

/** sessionId names a row in the sessions table: the cookie is only valid while that row exists. */
export type SessionClaims = { userId: number; role: Role; sessionVersion: number; sessionId: string };

export const authConfig = {
  trustHost: true,
  secret: appSecret(),
  pages: { signIn: '/login' },
  // Cookies: Auth.js marks them HttpOnly and SameSite=Lax, and Secure (with the __Secure- prefix)
  // exactly when the request arrived over https (useSecureCookies follows the URL's protocol).
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  providers: [],
  logger: {
    // A wrong password is an expected outcome, recorded in the audit log; not a server error.
    error(error) {
      if ((error as { type?: string }).type !== 'CredentialsSignin') console.error(error);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      // `user` is only present right after authorize(); later calls keep the claims already in the token.
      if (user) {
        const claims = user as unknown as SessionClaims;
        token.userId = claims.userId;
        token.role = claims.role;
        token.sessionVersion = claims.sessionVersion;
        token.sessionId = claims.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      const claims = session.user as unknown as Partial<SessionClaims>;
      claims.userId = token.userId as number;
      claims.role = token.role as Role;
      claims.sessionVersion = token.sessionVersion as number;
      claims.sessionId = token.sessionId as string;
      return session;
    },
  },
} satisfies NextAuthConfig;

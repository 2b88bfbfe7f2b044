// How long a newsroom session lives, shared by the cookie (auth.config.ts, proxy.ts) and the
// server-side session rows (db/people/sessions.ts), so the two always expire together.

/** A working day of inactivity ends a session; every newsroom request pushes the expiry on. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** How old a session cookie gets before a newsroom page view re-issues it with a fresh expiry. */
export const SESSION_UPDATE_AGE_SECONDS = 5 * 60;

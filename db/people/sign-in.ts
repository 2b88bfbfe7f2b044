// Checking a password at the door: throttling first, then argon2, and every outcome recorded both
// in login_attempts (for throttling) and in the audit log (for an admin to read).
import 'server-only';
import { and, eq, gt, lte, or, sql } from 'drizzle-orm';
import { recordAudit } from './audit';
import { getDb } from '@/db';
import {
  LOCKOUT_MS,
  deviceAttemptKey,
  isThrottled,
  markAttemptSucceeded,
  normaliseEmail,
  recordAttempt,
} from './login-attempts';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { auditLog, type Role } from '@/db/schema';
import { getUserByEmail } from './users';

/** The longest email (RFC 5321) and password considered at all; anything longer is refused unrecorded. */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 1000;

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: 'credentials' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

// A hash to verify against when the email is unknown, so that an unknown account takes as long
// to refuse as a wrong password and response times do not reveal which emails exist.
let decoyHash: Promise<string> | undefined;

/** Whether the input is short enough to look at: an anonymous client must not make us store or hash megabytes. */
export function withinLengthLimits(email: string, password: string): boolean {
  return email.length <= MAX_EMAIL_LENGTH && password.length <= MAX_PASSWORD_LENGTH;
}

/**
 * `deviceId`: the id in a device cookie already verified for this email (trustedDeviceId), or null.
 * With one, only that device's own failures can close the door (login-attempts.ts).
 */
export async function authenticate(
  emailInput: string,
  password: string,
  addressHash: string,
  now = Date.now(),
  deviceId: string | null = null,
): Promise<SignInResult> {
  if (!withinLengthLimits(emailInput, password)) return { ok: false, reason: 'credentials' };
  const email = normaliseEmail(emailInput);
  const door = enter(email, addressHash, now, deviceId);
  if ('retryAfterMs' in door) return { ok: false, reason: 'throttled', retryAfterMs: door.retryAfterMs };
  const user = getUserByEmail(email);
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(
        await (decoyHash ??= hashPassword('decoy password, never valid')),
        `${password}\u0000`,
      );
  const ok = Boolean(user && passwordMatches && !user.disabled);
  if (ok) markAttemptSucceeded(door.attemptId);
  recordAudit({
    actorId: user?.id ?? null,
    action: ok ? 'login.success' : 'login.failure',
    targetType: 'email',
    targetId: email,
    detail: {
      addressHash,
      ...(deviceId ? { trustedDevice: true } : {}),
      ...(user?.disabled && passwordMatches ? { disabled: true } : {}),
    },
  });
  if (!ok || !user) return { ok: false, reason: 'credentials' };
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionVersion: user.sessionVersion,
    },
  };
}

/**
 * The throttle check and the attempt's record in one synchronous transaction, before argon2's
 * await: otherwise parallel requests would all pass the check before any of them was counted. The
 * attempt counts as a failure until its password proves right. IMMEDIATE extends this to other
 * processes sharing the database.
 */
function enter(
  email: string,
  addressHash: string,
  now: number,
  deviceId: string | null,
): { attemptId: number } | { retryAfterMs: number } {
  const key = deviceId ? deviceAttemptKey(email, deviceId) : email;
  return getDb().transaction(
    () => {
      const throttle = isThrottled(email, addressHash, now, deviceId);
      if (!throttle.throttled) return { attemptId: recordAttempt(key, addressHash, false, now) };
      recordRefusalOnce(email, addressHash, now, deviceId !== null);
      return { retryAfterMs: throttle.retryAfterMs };
    },
    { behavior: 'immediate' },
  );
}

/**
 * One `login.throttled` entry per account or address per lockout period: enough for an admin to
 * see the door was hammered, without letting anonymous requests grow the log without bound. A
 * trusted device's lockout is its own entry (detail.trustedDevice), apart from the account's.
 */
function recordRefusalOnce(email: string, addressHash: string, now: number, trustedDevice: boolean): void {
  const recent = getDb()
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'login.throttled'),
        gt(auditLog.createdAt, now - LOCKOUT_MS),
        lte(auditLog.createdAt, now),
        trustedDevice
          ? and(eq(auditLog.targetId, email), sql`json_extract(${auditLog.detail}, '$.trustedDevice') = 1`)
          : and(
              sql`json_extract(${auditLog.detail}, '$.trustedDevice') IS NULL`,
              or(
                and(eq(auditLog.targetType, 'email'), eq(auditLog.targetId, email)),
                sql`json_extract(${auditLog.detail}, '$.addressHash') = ${addressHash}`,
              ),
            ),
      ),
    )
    .limit(1)
    .get();
  if (recent) return;
  recordAudit({
    actorId: null,
    action: 'login.throttled',
    targetType: 'email',
    targetId: email,
    detail: { addressHash, ...(trustedDevice ? { trustedDevice: true } : {}) },
    createdAt: now,
  });
}

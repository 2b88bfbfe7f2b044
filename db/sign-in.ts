// Checking a password at the door: throttling first, then argon2, and every outcome recorded both
// in login_attempts (for throttling) and in the audit log (for an admin to read).
import { recordAudit } from './audit';
import { isThrottled, normaliseEmail, recordAttempt } from './login-attempts';
import { hashPassword, verifyPassword } from './passwords';
import type { Role } from './schema';
import { getUserByEmail } from './users';

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: 'credentials' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

// A hash to verify against when the email is unknown, so that an unknown account takes as long
// to refuse as a wrong password and response times do not reveal which emails exist.
let decoyHash: Promise<string> | undefined;

export async function authenticate(
  emailInput: string,
  password: string,
  addressHash: string,
  now = Date.now(),
): Promise<SignInResult> {
  const email = normaliseEmail(emailInput);
  const throttle = isThrottled(email, addressHash, now);
  if (throttle.throttled) {
    recordAudit({
      actorId: null,
      action: 'login.throttled',
      targetType: 'email',
      targetId: email,
      detail: { addressHash },
    });
    return { ok: false, reason: 'throttled', retryAfterMs: throttle.retryAfterMs };
  }
  const user = getUserByEmail(email);
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(
        await (decoyHash ??= hashPassword('decoy password, never valid')),
        `${password}\u0000`,
      );
  const ok = Boolean(user && passwordMatches && !user.disabled);
  recordAttempt(email, addressHash, ok, now);
  recordAudit({
    actorId: user?.id ?? null,
    action: ok ? 'login.success' : 'login.failure',
    targetType: 'email',
    targetId: email,
    detail: { addressHash, ...(user?.disabled && passwordMatches ? { disabled: true } : {}) },
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

import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '@/app/login/messages';
import { getDb } from '@/db';
import { LOCKOUT_MS, MAX_FAILURES, isThrottled } from '@/db/people/login-attempts';
import { auditLog, loginAttempts } from '@/db/schema';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, authenticate } from '@/db/people/sign-in';
import { createUser } from '@/db/people/users';

const PASSWORD = 'a long enough password';
let counter = 0;

async function journalist(): Promise<string> {
  counter += 1;
  const email = `signer${counter}@example.test`;
  await createUser(
    {
      email,
      name: `Signer ${counter}`,
      fullName: `Signer Number ${counter}`,
      role: 'journalist',
      password: PASSWORD,
    },
    'operator',
  );
  return email;
}

function attemptRows(email: string) {
  return getDb()
    .select({ success: loginAttempts.success })
    .from(loginAttempts)
    .where(eq(loginAttempts.email, email))
    .all();
}

function auditCount(action?: string): number {
  return (
    getDb()
      .select({ n: count() })
      .from(auditLog)
      .where(action ? eq(auditLog.action, action) : undefined)
      .get()?.n ?? 0
  );
}

function throttledEntries(email: string): number {
  return (
    getDb()
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login.throttled'), eq(auditLog.targetId, email)))
      .get()?.n ?? 0
  );
}

describe('the callback URL after signing in', () => {
  it.each([
    ['/%09/evil.com'],
    ['/\t/evil.com'],
    ['/\n/evil.com'],
    ['/\\evil.com'],
    ['/\\/evil.com'],
    ['//evil.com'],
    ['/.//evil.com'],
    ['/%2e//evil.com'],
    ['/%2F/evil.com'],
    ['https://evil.com'],
    ['evil.com'],
    [''],
    [null],
    [undefined],
  ])('%j goes to the newsroom instead', (value) => {
    expect(safeCallbackUrl(value)).toBe('/newsroom');
  });

  it('a path on this site is kept, with its query and fragment', () => {
    expect(safeCallbackUrl('/newsroom/articles/3?x=1')).toBe('/newsroom/articles/3?x=1');
    expect(safeCallbackUrl('/newsroom?status=draft&q=caf%C3%A9#list')).toBe(
      '/newsroom?status=draft&q=caf%C3%A9#list',
    );
    expect(safeCallbackUrl('/newsroom/account')).toBe('/newsroom/account');
  });
});

describe('sign-in throttling under parallel requests', () => {
  it('twenty parallel wrong passwords for one account: five are checked, the rest refused', async () => {
    const email = await journalist();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => authenticate(email, `wrong password ${i}`, `addr-par-${i}`)),
    );
    const checked = results.filter((r) => !r.ok && r.reason === 'credentials');
    expect(checked).toHaveLength(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(20 - MAX_FAILURES);
    expect(attemptRows(email)).toEqual(Array.from({ length: MAX_FAILURES }, () => ({ success: false })));
  });

  it('twenty parallel guesses at different accounts from one address: five are checked', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => authenticate(`spray${i}@example.test`, 'guess', 'addr-par-spray')),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'credentials')).toHaveLength(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(20 - MAX_FAILURES);
  });

  it('the right password turns its attempt into a success, which still clears the account', async () => {
    const email = await journalist();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await authenticate(email, 'wrong password', 'addr-clear');
    expect((await authenticate(email, PASSWORD, 'addr-clear-ok')).ok).toBe(true);
    expect(attemptRows(email).filter((r) => r.success)).toHaveLength(1);
    expect(attemptRows(email)).toHaveLength(MAX_FAILURES);
    // The four earlier failures no longer count: four more do not close the door.
    for (let i = 0; i < MAX_FAILURES - 1; i++) await authenticate(email, 'wrong password', 'addr-clear-2');
    expect(isThrottled(email, 'addr-clear-3').throttled).toBe(false);
  });
});

describe('what an anonymous client can make the server write', () => {
  it('an over-long email or password is refused before anything is hashed or written', async () => {
    const email = await journalist();
    const before = { audit: auditCount(), attempts: attemptRows(email).length };
    const longEmail = `${'x'.repeat(MAX_EMAIL_LENGTH)}@example.test`;
    expect(await authenticate(longEmail, PASSWORD, 'addr-long')).toEqual({
      ok: false,
      reason: 'credentials',
    });
    const longPassword = 'p'.repeat(MAX_PASSWORD_LENGTH + 1);
    for (let i = 0; i < MAX_FAILURES + 1; i++)
      expect(await authenticate(email, longPassword, 'addr-long')).toEqual({
        ok: false,
        reason: 'credentials',
      });
    expect(auditCount()).toBe(before.audit);
    expect(attemptRows(email)).toHaveLength(before.attempts);
    expect(attemptRows(longEmail)).toHaveLength(0);
    // So they do not lock the account either.
    expect((await authenticate(email, PASSWORD, 'addr-long')).ok).toBe(true);
  });

  it('the longest allowed email and password are still checked', async () => {
    const email = `${'y'.repeat(MAX_EMAIL_LENGTH - '@example.test'.length)}@example.test`;
    expect(email).toHaveLength(MAX_EMAIL_LENGTH);
    const result = await authenticate(email, 'p'.repeat(MAX_PASSWORD_LENGTH), 'addr-longest');
    expect(result).toEqual({ ok: false, reason: 'credentials' });
    expect(attemptRows(email)).toEqual([{ success: false }]);
  });

  it('a closed door logs one refusal per account or address per lockout, however often it is tried', async () => {
    const t = Date.UTC(2026, 2, 2, 9, 0);
    const email = await journalist();
    for (let i = 0; i < MAX_FAILURES; i++) await authenticate(email, 'wrong password', 'addr-hammer', t + i);
    for (let i = 0; i < 30; i++)
      expect(await authenticate(email, 'wrong password', `addr-hammer-${i}`, t + 1000 + i)).toMatchObject({
        reason: 'throttled',
      });
    expect(throttledEntries(email)).toBe(1);
    // The address is closed too: ten other accounts tried from it log its refusal once.
    const before = auditCount('login.throttled');
    for (let i = 0; i < 10; i++)
      expect(await authenticate(`other${i}@example.test`, 'x', 'addr-hammer', t + 2000 + i)).toMatchObject({
        reason: 'throttled',
      });
    expect(auditCount('login.throttled')).toBe(before + 1);
    // A lockout later, a fresh run of failures and refusals is logged again, once.
    const later = t + LOCKOUT_MS + 60_000;
    for (let i = 0; i < MAX_FAILURES; i++)
      await authenticate(email, 'wrong password', 'addr-hammer-b', later + i);
    for (let i = 0; i < 5; i++)
      await authenticate(email, 'wrong password', 'addr-hammer-c', later + 1000 + i);
    expect(throttledEntries(email)).toBe(2);
  });
});

// Sign-in throttling by account and by address, the lockout's end, and what sign-in records.
import { describe, expect, it } from 'vitest';
import { listAudit } from '@/db/people/audit';
import { FAILURE_WINDOW_MS, LOCKOUT_MS, isThrottled, recordAttempt } from '@/db/people/login-attempts';
import { authenticate } from '@/db/people/sign-in';
import { disableAccount } from '@/db/people/staff';
import { PASSWORD, staff } from './staff-fixtures';

function fail(email: string, address: string, at: number, times = 1) {
  for (let i = 0; i < times; i++) recordAttempt(email, address, false, at + i);
}

describe('sign-in throttling', () => {
  const t0 = Date.UTC(2026, 0, 5, 9, 0);

  it('five failures for one account within 15 minutes close it, whatever the address', () => {
    fail('victim@example.test', 'addr-a', t0, 4);
    expect(isThrottled('victim@example.test', 'addr-z', t0 + 10).throttled).toBe(false);
    fail('victim@example.test', 'addr-b', t0 + 60_000);
    const after = isThrottled('Victim@Example.test', 'addr-z', t0 + 120_000);
    expect(after.throttled).toBe(true);
    expect(after.retryAfterMs).toBe(LOCKOUT_MS - 60_000);
    expect(isThrottled('someone-else@example.test', 'addr-z', t0 + 120_000).throttled).toBe(false);
  });

  it('five failures from one address within 15 minutes close it for every account', () => {
    const t = t0 + 86_400_000;
    for (let i = 0; i < 5; i++) recordAttempt(`guess${i}@example.test`, 'addr-spray', false, t + i * 1000);
    expect(isThrottled('anyone@example.test', 'addr-spray', t + 5000).throttled).toBe(true);
    expect(isThrottled('anyone@example.test', 'addr-other', t + 5000).throttled).toBe(false);
  });

  it('failures spread wider than the window do not throttle', () => {
    const t = t0 + 2 * 86_400_000;
    fail('slow@example.test', 'addr-slow', t, 4);
    fail('slow@example.test', 'addr-slow', t + FAILURE_WINDOW_MS + 1000);
    expect(isThrottled('slow@example.test', 'addr-slow', t + FAILURE_WINDOW_MS + 2000).throttled).toBe(false);
  });

  it('the lockout ends 15 minutes after the last failure', () => {
    const t = t0 + 3 * 86_400_000;
    fail('locked@example.test', 'addr-l', t, 5);
    expect(isThrottled('locked@example.test', 'addr-l', t + LOCKOUT_MS - 1000).throttled).toBe(true);
    expect(isThrottled('locked@example.test', 'addr-l', t + 4 + LOCKOUT_MS + 1)).toEqual({
      throttled: false,
      retryAfterMs: 0,
    });
  });

  it('the sixth attempt is refused without checking the password, even when it is right', async () => {
    const person = await staff('journalist');
    const now = Date.now();
    for (let i = 0; i < 5; i++)
      expect((await authenticate(person.email, 'wrong password!', 'addr-6th', now)).ok).toBe(false);
    const sixth = await authenticate(person.email, PASSWORD, 'addr-6th-other', now);
    expect(sixth).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('successes and failures are both recorded in the audit log', async () => {
    const person = await staff('editor');
    const admin = await staff('admin');
    expect((await authenticate(person.email, PASSWORD, 'addr-ok')).ok).toBe(true);
    expect((await authenticate(person.email, 'not the password', 'addr-ok')).ok).toBe(false);
    const entries = listAudit({ actor: admin, action: 'login.' }).entries.filter(
      (e) => e.targetId === person.email,
    );
    expect(entries.map((e) => e.action).sort()).toEqual(['login.failure', 'login.success']);
  });

  it('a disabled account cannot sign in even with the right password', async () => {
    const admin = await staff('admin');
    const person = await staff('journalist');
    disableAccount(admin, person.id);
    expect(await authenticate(person.email, PASSWORD, 'addr-disabled')).toEqual({
      ok: false,
      reason: 'credentials',
    });
  });
});

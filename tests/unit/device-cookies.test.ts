// Issue 12 item 3: five wrong passwords from elsewhere must not lock out a person on a device that
// signed in before (a signed device cookie); a forged or other-account cookie gives no exemption,
// the device's own failures still lock it, and every lockout still reaches the audit log.
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog } from '@/db/schema';
import { isThrottled } from '@/db/people/login-attempts';
import { authenticate } from '@/db/people/sign-in';
import { deviceCookieFromHeader, issueDeviceCookie, trustedDeviceId } from '@/lib/device-cookie';
import { PASSWORD, staff } from './staff-fixtures';

const SECRET = 'test secret for device cookies';

async function attackerFails(email: string, now: number, times = 5) {
  for (let i = 0; i < times; i++) await authenticate(email, 'wrong password!', `attacker-${i}`, now + i);
}

describe('device cookies', () => {
  it('verify only for the account they were issued to, and only with our signature', () => {
    const cookie = issueDeviceCookie('Admin@Example.test', SECRET);
    const id = trustedDeviceId(cookie, 'admin@example.test', SECRET);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(trustedDeviceId(cookie, 'other@example.test', SECRET)).toBeNull();
    expect(trustedDeviceId(cookie, 'admin@example.test', 'another secret')).toBeNull();
    const [deviceId] = cookie.split('.');
    expect(trustedDeviceId(`${deviceId}.${'A'.repeat(43)}`, 'admin@example.test', SECRET)).toBeNull();
    expect(
      trustedDeviceId(`${'f'.repeat(32)}.${cookie.split('.')[1]}`, 'admin@example.test', SECRET),
    ).toBeNull();
    expect(trustedDeviceId('', 'admin@example.test', SECRET)).toBeNull();
    expect(deviceCookieFromHeader(`a=b; newsroom-device=${cookie}; c=d`)).toBe(cookie);
  });
});

describe('sign-in throttling with a device cookie', () => {
  const t0 = Date.UTC(2026, 2, 9, 9, 0);

  it('lets a trusted device in while failures from elsewhere lock the account', async () => {
    const person = await staff('admin');
    const device = trustedDeviceId(issueDeviceCookie(person.email), person.email);
    await attackerFails(person.email, t0);
    // Without the cookie the door is closed, as before; with it, the person signs in.
    expect(await authenticate(person.email, PASSWORD, 'home', t0 + 100)).toMatchObject({
      ok: false,
      reason: 'throttled',
    });
    expect(isThrottled(person.email, 'home', t0 + 100, device).throttled).toBe(false);
    expect((await authenticate(person.email, PASSWORD, 'home', t0 + 200, device)).ok).toBe(true);
  });

  it('gives no exemption for a forged cookie or one issued to another account', async () => {
    const person = await staff('editor');
    const other = await staff('journalist');
    const t = t0 + 86_400_000;
    await attackerFails(person.email, t);
    const forged = trustedDeviceId(issueDeviceCookie(person.email, 'guessed secret'), person.email);
    const othersCookie = trustedDeviceId(issueDeviceCookie(other.email), person.email);
    expect(forged).toBeNull();
    expect(othersCookie).toBeNull();
    expect(await authenticate(person.email, PASSWORD, 'home', t + 100, othersCookie)).toMatchObject({
      reason: 'throttled',
    });
  });

  it('locks the trusted device on its own five failures, and records every lockout', async () => {
    const person = await staff('journalist');
    const device = trustedDeviceId(issueDeviceCookie(person.email), person.email);
    const t = t0 + 2 * 86_400_000;
    await attackerFails(person.email, t);
    for (let i = 0; i < 5; i++) await authenticate(person.email, 'typo typo', 'home', t + 10 + i, device);
    expect(await authenticate(person.email, PASSWORD, 'home', t + 100, device)).toMatchObject({
      reason: 'throttled',
    });
    // The account lockout (seen by an untrusted client) and the device's own are both in the log.
    await authenticate(person.email, PASSWORD, 'elsewhere', t + 200);
    expect(auditCount('login.throttled', person.email)).toBe(2);
    expect(auditCount('login.failure', person.email)).toBe(10);
  });
});

function auditCount(action: string, email: string): number {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, email)))
    .all().length;
}

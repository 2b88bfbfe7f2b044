// Device cookies (OWASP's "Slow down online guessing attacks with device cookies", issue 12 item 3):
// a browser that signed in to an account gets a cookie signed with the app secret and bound to that
// account's email. Sign-in attempts carrying a valid one are throttled on that device's own
// failures only, so five wrong passwords from elsewhere cannot lock its person out. A forged
// cookie, or one issued for another account, is simply absent.
import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appSecret } from '@/lib/config';

export const DEVICE_COOKIE = 'newsroom-device';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
/** 128 random bits in lowercase hex: the device's id (lowercase, so it survives email normalising). */
const DEVICE_ID = /^[0-9a-f]{32}$/;

function sign(email: string, deviceId: string, secret: string): Buffer {
  return createHmac('sha256', secret)
    .update(`device-cookie\u0000${email.trim().toLowerCase()}\u0000${deviceId}`)
    .digest();
}

/** A new device cookie's value for the account just signed in: "<device id>.<signature>". */
export function issueDeviceCookie(email: string, secret = appSecret()): string {
  const deviceId = randomBytes(16).toString('hex');
  return `${deviceId}.${sign(email, deviceId, secret).toString('base64url')}`;
}

/** The device id when the cookie was signed by us for this email; null otherwise. */
export function trustedDeviceId(
  cookieValue: string | null | undefined,
  email: string,
  secret = appSecret(),
): string | null {
  if (!cookieValue) return null;
  const [deviceId, mac, ...rest] = cookieValue.split('.');
  if (rest.length > 0 || !DEVICE_ID.test(deviceId ?? '') || !mac) return null;
  const given = Buffer.from(mac, 'base64url');
  const expected = sign(email, deviceId, secret);
  if (given.length !== expected.length) return null;
  return timingSafeEqual(given, expected) ? deviceId : null;
}

/** The device cookie's value in a Cookie request header, if any. */
export function deviceCookieFromHeader(cookieHeader: string | null | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === DEVICE_COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}

/** Attributes for the device cookie, in the shape Next's `cookies.set` takes. */
export function deviceCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, maxAge: ONE_YEAR_SECONDS, path: '/', secure };
}

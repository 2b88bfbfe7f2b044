// Who a reader is (DESIGN.md §2): a random id in a signed first-party cookie, set only by the live
// and vote endpoints; plus what the user agent says (crawler or not, browser family for moderation).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import Bowser from 'bowser';
import { isbot } from 'isbot';
import { appSecret } from '@/lib/config';

export const READER_COOKIE = 'nr_reader';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const READER_ID = /^[0-9a-f]{32}$/;

function sign(id: string): Buffer {
  return createHmac('sha256', appSecret()).update(`reader:${id}`).digest();
}

export function newReaderId(): string {
  return randomBytes(16).toString('hex');
}

export function readerCookieValue(id: string): string {
  return `${id}.${sign(id).toString('base64url')}`;
}

/** A fresh reader: the id and the signed cookie value that carries it. */
export function newReaderCookie(): { id: string; value: string } {
  const id = newReaderId();
  return { id, value: readerCookieValue(id) };
}

/** The reader id in a cookie value, or null when it is missing, malformed or not signed by us. */
export function readReaderId(cookieValue: string | null | undefined): string | null {
  if (!cookieValue) return null;
  const dot = cookieValue.indexOf('.');
  if (dot < 0) return null;
  const id = cookieValue.slice(0, dot);
  if (!READER_ID.test(id)) return null;
  const given = Buffer.from(cookieValue.slice(dot + 1), 'base64url');
  const expected = sign(id);
  if (given.length !== expected.length) return null;
  return timingSafeEqual(given, expected) ? id : null;
}

/** Attributes for the reader cookie, in the shape Next's `cookies.set` takes. */
export function readerCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, maxAge: ONE_YEAR_SECONDS, path: '/', secure };
}

/** "Chrome 120", "Firefox 128", "Safari": enough for moderation to spot one client family in a burst. */
export function userAgentFamily(ua: string | null | undefined): string {
  if (!ua) return 'Unknown';
  const browser = Bowser.getParser(ua).getBrowser();
  if (!browser.name) return 'Other';
  const major = browser.version?.split('.')[0];
  return major ? `${browser.name} ${major}` : browser.name;
}

/**
 * Known crawlers and link previewers, from isbot's maintained list, and any client that sends no
 * User-Agent at all: every browser sends one, so its absence means a script.
 */
export function isCrawler(ua: string | null | undefined): boolean {
  if (!ua?.trim()) return true;
  return isbot(ua);
}

// What the no-JavaScript rated page may say (issue 12): the vote endpoint signs the outcome it
// recorded, for a few minutes, and the page shows only an outcome carrying a valid signature for
// that article. A hand-made "?stars=99" or "?error=locked" shows nothing but the live rating.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { appSecret } from '@/lib/config';

const LIFETIME_MS = 10 * 60 * 1000;

export type RatedOutcome =
  { kind: 'saved'; stars: number; changed: boolean } | { kind: 'refused'; code: string; retry?: number };

type Signed = RatedOutcome & { articleId: number; expires: number };

function mac(payload: string): string {
  return createHmac('sha256', appSecret()).update(`rated:${payload}`).digest('base64url');
}

/** The query value for the rated page's `outcome` parameter. */
export function signOutcome(articleId: number, outcome: RatedOutcome, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...outcome, articleId, expires: now + LIFETIME_MS })).toString(
    'base64url',
  );
  return `${payload}.${mac(payload)}`;
}

/** The outcome, when the value is ours, fresh and about this article; otherwise null. */
export function readOutcome(
  value: string | undefined,
  articleId: number,
  now = Date.now(),
): RatedOutcome | null {
  if (!value || value.length > 400) return null;
  const [payload, given] = value.split('.');
  if (!payload || !given) return null;
  const expected = Buffer.from(mac(payload));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  let data: Signed;
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Signed;
  } catch {
    return null;
  }
  if (data.articleId !== articleId || !(data.expires > now)) return null;
  if (data.kind === 'saved') return { kind: 'saved', stars: data.stars, changed: data.changed };
  return { kind: 'refused', code: data.code, ...(data.retry === undefined ? {} : { retry: data.retry }) };
}

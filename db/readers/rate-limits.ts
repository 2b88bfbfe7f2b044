// Fixed-window counters in SQLite, so every app process on the machine shares one count per key.
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { inGroupCommit } from '@/db/group-commit';

export type RateLimit = { limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses "20/10m" (20 per 10 minutes), "5/1h", "100/30s"; a bare unit means one of it ("60/m"). */
export function parseRateLimit(text: string): RateLimit | null {
  const match = /^\s*(\d+)\s*\/\s*(\d*)\s*([smhd])\s*$/i.exec(text);
  if (!match) return null;
  const limit = Number(match[1]);
  const windowMs = Number(match[2] || '1') * UNIT_MS[match[3].toLowerCase()];
  return limit > 0 && windowMs > 0 ? { limit, windowMs } : null;
}

/**
 * Defaults sized for one newsroom: an office or a mobile carrier can put many honest readers behind
 * one address, so per-address limits are looser than per-reader ones, and the network (/24, /48)
 * is looser still. Each can be overridden by the environment variable named next to it.
 */
export const RATE_LIMIT_DEFAULTS = {
  votePerAddress: ['NEWSROOM_VOTE_LIMIT_PER_ADDRESS', '20/10m'],
  votePerNetwork: ['NEWSROOM_VOTE_LIMIT_PER_NETWORK', '60/10m'],
  votePerReader: ['NEWSROOM_VOTE_LIMIT_PER_READER', '10/1m'],
  viewPerAddress: ['NEWSROOM_VIEW_LIMIT_PER_ADDRESS', '600/10m'],
  viewPerReader: ['NEWSROOM_VIEW_LIMIT_PER_READER', '120/10m'],
} as const;

export type RateLimitName = keyof typeof RATE_LIMIT_DEFAULTS;

/** The verdict on several limits, naming the one that decided it (the refusing one, if any). */
export type RateLimitVerdict = RateLimitResult & { limit?: RateLimitName };

/** Limits on one reader's own pace; the others are shared by everyone behind an address or network. */
const OWN_PACE: ReadonlySet<RateLimitName> = new Set(['votePerReader', 'viewPerReader']);

export function isOwnPace(limit: RateLimitName | undefined): boolean {
  return limit !== undefined && OWN_PACE.has(limit);
}

/** The configured limit; a malformed variable falls back to the default rather than disabling it. */
export function configuredLimit(name: RateLimitName): RateLimit {
  const [envName, fallback] = RATE_LIMIT_DEFAULTS[name];
  return parseRateLimit(process.env[envName] ?? '') ?? parseRateLimit(fallback)!;
}

/**
 * A bucket untouched for twice the longest configured window can only ever restart at 1, so deleting
 * it changes no verdict; db/traffic-pruning.ts deletes such buckets every few minutes.
 */
export function rateBucketLifetimeMs(): number {
  const names = Object.keys(RATE_LIMIT_DEFAULTS) as RateLimitName[];
  return 2 * Math.max(...names.map((name) => configuredLimit(name).windowMs));
}

/**
 * Counts one hit on `key` and says whether it is within `limit` per `windowMs`. One statement does
 * the read and the write, so concurrent requests (even from several processes) never lose a hit.
 */
export function hitRateLimit(
  key: string,
  limit: number,
  windowMs: number,
  now = Date.now(),
): RateLimitResult {
  const db = getDb();
  const expired = now - windowMs;
  const row = db.get<{ count: number; window_start: number }>(sql`
    INSERT INTO rate_buckets (key, window_start, count) VALUES (${key}, ${now}, 1)
    ON CONFLICT(key) DO UPDATE SET
      count = CASE WHEN window_start <= ${expired} THEN 1 ELSE count + 1 END,
      window_start = CASE WHEN window_start <= ${expired} THEN ${now} ELSE window_start END
    RETURNING count, window_start`);
  const allowed = row.count <= limit;
  const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((row.window_start + windowMs - now) / 1000));
  return { allowed, count: row.count, retryAfterSeconds };
}

/**
 * Hits every key with its configured limit; refused if any is exceeded, with the longest wait among
 * them. The verdict names the limit that decided it, so a caller can say whose limit it was.
 */
export function hitRateLimits(
  checks: { key: string; limit: RateLimitName }[],
  now = Date.now(),
): RateLimitVerdict {
  let worst: RateLimitVerdict = { allowed: true, count: 0, retryAfterSeconds: 0 };
  for (const { key, limit } of checks) {
    const { limit: max, windowMs } = configuredLimit(limit);
    const result = { ...hitRateLimit(key, max, windowMs, now), limit };
    if (!result.allowed && result.retryAfterSeconds >= worst.retryAfterSeconds) worst = result;
    else if (worst.allowed && result.count > worst.count) worst = result;
  }
  return worst;
}

/** "Try again in 7 minutes." / "in 30 seconds." for the readable 429 messages. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${Math.ceil(minutes / 60)} hours`;
}

/** The vote endpoint's limits: per address, per network prefix, and per reader when known. */
export function hitVoteLimits(
  who: { addressHash: string; networkHash: string; readerId?: string | null },
  now = Date.now(),
): RateLimitVerdict {
  const checks: { key: string; limit: RateLimitName }[] = [
    { key: `vote:addr:${who.addressHash}`, limit: 'votePerAddress' },
    { key: `vote:net:${who.networkHash}`, limit: 'votePerNetwork' },
  ];
  if (who.readerId) checks.push({ key: `vote:reader:${who.readerId}`, limit: 'votePerReader' });
  return hitRateLimits(checks, now);
}

/** hitVoteLimits, committed with whatever else arrived at the same moment (db/group-commit.ts). */
export function commitVoteLimits(
  who: { addressHash: string; networkHash: string; readerId?: string | null },
  now = Date.now(),
): Promise<RateLimitVerdict> {
  return inGroupCommit(() => hitVoteLimits(who, now));
}

/** The live endpoint's limits on counting views: per address, and per reader when known. */
export function hitViewLimits(
  who: { addressHash: string; readerId?: string | null },
  now = Date.now(),
): RateLimitVerdict {
  const checks: { key: string; limit: RateLimitName }[] = [
    { key: `view:addr:${who.addressHash}`, limit: 'viewPerAddress' },
  ];
  if (who.readerId) checks.push({ key: `view:reader:${who.readerId}`, limit: 'viewPerReader' });
  return hitRateLimits(checks, now);
}

/** The readable refusal for a 429: says whose limit it was and how long to wait. */
export function tooManyMessage(kind: 'votes' | 'views', verdict: RateLimitVerdict): string {
  return slowDownMessage(kind, isOwnPace(verdict.limit), `in ${describeWait(verdict.retryAfterSeconds)}`);
}

/**
 * The words of every rate-limit refusal (the endpoints' 429s and the no-JavaScript rated page):
 * `ownPace` when the reader's own limit was hit, `when` is "in 9 minutes" or "later".
 */
export function slowDownMessage(kind: 'votes' | 'views', ownPace: boolean, when: string): string {
  if (ownPace)
    return `You are sending ${kind === 'votes' ? 'ratings' : 'requests'} too fast. Try again ${when}.`;
  return `Too many ${kind} from your network. Try again ${when}.`;
}

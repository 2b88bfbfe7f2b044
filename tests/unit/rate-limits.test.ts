import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  configuredLimit,
  describeWait,
  hitRateLimit,
  hitVoteLimits,
  parseRateLimit,
  tooManyMessage,
} from '@/db/readers/rate-limits';
import { pruneTrafficTables } from '@/db/traffic-pruning';

const T0 = Date.UTC(2026, 0, 5, 12, 0, 0);
const MIN = 60_000;

describe('hitRateLimit', () => {
  it('allows up to the limit within a window and refuses the next hit', () => {
    const results = Array.from({ length: 4 }, (_, i) => hitRateLimit('t:limit', 3, 10 * MIN, T0 + i * 1000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4]);
  });

  it('says how long to wait: the rest of the window, rounded up to whole seconds', () => {
    for (let i = 0; i < 2; i++) hitRateLimit('t:retry', 2, 10 * MIN, T0);
    const refused = hitRateLimit('t:retry', 2, 10 * MIN, T0 + 4 * MIN + 500);
    expect(refused.allowed).toBe(false);
    // 5 min 59.5 s of the window are left: rounded up to 360 s.
    expect(refused.retryAfterSeconds).toBe(360);
  });

  it('starts a fresh window once the old one has passed', () => {
    for (let i = 0; i < 3; i++) hitRateLimit('t:reset', 2, 10 * MIN, T0);
    expect(hitRateLimit('t:reset', 2, 10 * MIN, T0 + 10 * MIN - 1).allowed).toBe(false);
    const fresh = hitRateLimit('t:reset', 2, 10 * MIN, T0 + 10 * MIN);
    expect(fresh).toEqual({ allowed: true, count: 1, retryAfterSeconds: 0 });
    expect(hitRateLimit('t:reset', 2, 10 * MIN, T0 + 10 * MIN + 1).allowed).toBe(true);
    expect(hitRateLimit('t:reset', 2, 10 * MIN, T0 + 10 * MIN + 2).allowed).toBe(false);
  });

  it('keeps separate counts per key', () => {
    expect(hitRateLimit('t:a', 1, MIN, T0).allowed).toBe(true);
    expect(hitRateLimit('t:b', 1, MIN, T0).allowed).toBe(true);
    expect(hitRateLimit('t:a', 1, MIN, T0).allowed).toBe(false);
  });

  it('prunes buckets whose windows ended long ago, and keeps current ones', async () => {
    hitRateLimit('t:old', 5, MIN, T0 - 10 * 86_400_000);
    hitRateLimit('t:current', 5, MIN, T0);
    await pruneTrafficTables(T0);
    const keys = getDb()
      .all<{ key: string }>(sql`SELECT key FROM rate_buckets WHERE key IN ('t:old', 't:current')`)
      .map((r) => r.key);
    expect(keys).toEqual(['t:current']);
  });
});

describe('configured limits', () => {
  it('parses counts per window', () => {
    expect(parseRateLimit('20/10m')).toEqual({ limit: 20, windowMs: 10 * MIN });
    expect(parseRateLimit('5/h')).toEqual({ limit: 5, windowMs: 60 * MIN });
    expect(parseRateLimit('0/1m')).toBeNull();
    expect(parseRateLimit('lots')).toBeNull();
  });

  it('reads the environment and falls back to the default when the value is malformed', () => {
    process.env.NEWSROOM_VOTE_LIMIT_PER_ADDRESS = '3/1m';
    expect(configuredLimit('votePerAddress')).toEqual({ limit: 3, windowMs: MIN });
    process.env.NEWSROOM_VOTE_LIMIT_PER_ADDRESS = 'unlimited';
    expect(configuredLimit('votePerAddress')).toEqual({ limit: 20, windowMs: 10 * MIN });
    delete process.env.NEWSROOM_VOTE_LIMIT_PER_ADDRESS;
  });

  it('throttles a script voting from fresh cookies on one address, whatever reader id it uses', () => {
    process.env.NEWSROOM_VOTE_LIMIT_PER_ADDRESS = '5/10m';
    const who = (i: number) => ({
      addressHash: 'addr-script',
      networkHash: 'net-script',
      readerId: `reader-${i}`,
    });
    const results = Array.from({ length: 8 }, (_, i) => hitVoteLimits(who(i), T0 + i));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results[7].retryAfterSeconds).toBe(600);
    delete process.env.NEWSROOM_VOTE_LIMIT_PER_ADDRESS;
  });

  it('tells a throttled reader in words whose limit it hit and how long to wait', () => {
    process.env.NEWSROOM_VOTE_LIMIT_PER_ADDRESS = '1/10m';
    hitVoteLimits({ addressHash: 'addr-msg', networkHash: 'net-msg', readerId: 'r1' }, T0);
    const refused = hitVoteLimits(
      { addressHash: 'addr-msg', networkHash: 'net-msg', readerId: 'r2' },
      T0 + 60_000,
    );
    expect(tooManyMessage('votes', refused)).toBe(
      'Too many votes from your network. Try again in 9 minutes.',
    );
    delete process.env.NEWSROOM_VOTE_LIMIT_PER_ADDRESS;
    process.env.NEWSROOM_VOTE_LIMIT_PER_READER = '1/1m';
    hitVoteLimits({ addressHash: 'addr-fast', networkHash: 'net-fast', readerId: 'fast' }, T0);
    const tooFast = hitVoteLimits(
      { addressHash: 'addr-fast', networkHash: 'net-fast', readerId: 'fast' },
      T0 + 30_000,
    );
    expect(tooManyMessage('votes', tooFast)).toBe(
      'You are sending ratings too fast. Try again in 30 seconds.',
    );
    delete process.env.NEWSROOM_VOTE_LIMIT_PER_READER;
  });

  it('writes the wait in words', () => {
    expect(describeWait(1)).toBe('1 second');
    expect(describeWait(61)).toBe('2 minutes');
    expect(describeWait(600)).toBe('10 minutes');
  });
});

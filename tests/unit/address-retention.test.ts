// Address hashes are cleared after NEWSROOM_ADDRESS_RETENTION_DAYS (issue 12, item 8), and
// moderation treats a cleared hash as unknown rather than as one address every old vote shares.
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { pruneAddressHashes } from '@/db/address-retention';
import { removeVotesLike } from '@/db/moderation/actions';
import { listVotes } from '@/db/moderation/console';
import { computeFlags, type FlagInput } from '@/db/moderation/flags';
import { recordAudit } from '@/db/people/audit';
import { recordAttempt } from '@/db/people/login-attempts';
import type { Actor } from '@/db/people/permissions';
import { users, votes } from '@/db/schema';
import { addressRetentionDays } from '@/lib/config';
import { makeArticle, makeAuthor } from './article-fixtures';

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 24 * 3_600_000;
let seq = 0;

function vote(articleId: number, at: number, address = `addr-${++seq}`) {
  return getDb()
    .insert(votes)
    .values({
      articleId,
      readerId: `reader-${++seq}`,
      stars: 4,
      addressHash: address,
      networkHash: `net-${address}`,
      sawPage: true,
      createdAt: at,
      updatedAt: at,
    })
    .returning()
    .get();
}

function admin(): Actor {
  const u = getDb()
    .insert(users)
    .values({
      email: `admin${++seq}@r.test`,
      name: 'Ad M',
      fullName: 'Ad Min',
      slug: `adm-${seq}`,
      role: 'admin',
    })
    .returning()
    .get();
  return { id: u.id, role: 'admin' };
}

const hashOf = (id: number) =>
  getDb().get<{ a: string; n: string }>(
    sql`SELECT address_hash AS a, network_hash AS n FROM votes WHERE id = ${id}`,
  )!;

afterEach(() => delete process.env.NEWSROOM_ADDRESS_RETENTION_DAYS);

describe('clearing old address hashes', () => {
  it('keeps 90 days by default and clears votes, sign-in attempts and sign-in audit entries past that', async () => {
    const article = makeArticle(makeAuthor().id);
    const old = vote(article.id, NOW - 91 * DAY);
    const recent = vote(article.id, NOW - 89 * DAY);
    const oldAttempt = recordAttempt('someone@r.test', 'attempt-hash-old', false, NOW - 91 * DAY);
    const newAttempt = recordAttempt('someone@r.test', 'attempt-hash-new', false, NOW - DAY);
    const oldEntry = recordAudit({
      actorId: null,
      action: 'auth.sign_in_failed',
      detail: { addressHash: 'audit-hash', email: 'someone@r.test' },
      createdAt: NOW - 100 * DAY,
    });
    const oldTarget = recordAudit({
      actorId: null,
      action: 'moderation.remove_address_votes',
      targetType: 'address',
      targetId: 'target-hash',
      createdAt: NOW - 100 * DAY,
    });

    expect(addressRetentionDays()).toBe(90);
    const pruned = await pruneAddressHashes(NOW);
    expect(pruned).toMatchObject({ votes: 1, signInAttempts: 1, auditEntries: 2 });
    expect(hashOf(old.id)).toEqual({ a: '', n: '' });
    expect(hashOf(recent.id)).toEqual({ a: recent.addressHash, n: recent.networkHash });
    const attempts = getDb().all<{ id: number; a: string }>(
      sql`SELECT id, address_hash AS a FROM login_attempts WHERE id IN (${oldAttempt}, ${newAttempt}) ORDER BY id`,
    );
    expect(attempts.map((row) => row.a)).toEqual(['', 'attempt-hash-new']);
    const entries = getDb().all<{ detail: string; targetId: string }>(
      sql`SELECT detail, target_id AS targetId FROM audit_log WHERE id IN (${oldEntry}, ${oldTarget}) ORDER BY id`,
    );
    expect(JSON.parse(entries[0].detail)).toEqual({ email: 'someone@r.test' });
    expect(entries[1].targetId).toBe('');
    // Idempotent: a second run (another process, the next hour) has nothing left to do.
    expect(await pruneAddressHashes(NOW)).toEqual({ votes: 0, signInAttempts: 0, auditEntries: 0 });
  });

  it('follows NEWSROOM_ADDRESS_RETENTION_DAYS and refuses a value that is not a number of days', async () => {
    const article = makeArticle(makeAuthor().id);
    const v = vote(article.id, NOW - 8 * DAY);
    process.env.NEWSROOM_ADDRESS_RETENTION_DAYS = '7';
    await pruneAddressHashes(NOW);
    expect(hashOf(v.id).a).toBe('');
    for (const bad of ['0', '-5', 'ninety', '1.5']) {
      process.env.NEWSROOM_ADDRESS_RETENTION_DAYS = bad;
      expect(() => addressRetentionDays()).toThrow(/must be a whole number of days from 1 to 36500/);
    }
  });

  it('clears a backlog larger than one batch, all of it', async () => {
    const article = makeArticle(makeAuthor().id);
    getDb().run(sql`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500)
      INSERT INTO votes (article_id, reader_id, stars, address_hash, network_hash, created_at, updated_at)
      SELECT ${article.id}, 'backlog-' || i, 3, 'a' || i, 'n' || i, ${NOW - 200 * DAY}, ${NOW - 200 * DAY} FROM n`);
    expect((await pruneAddressHashes(NOW)).votes).toBe(2500);
    const kept = getDb().get<{ n: number }>(
      sql`SELECT count(*) AS n FROM votes WHERE article_id = ${article.id} AND address_hash <> ''`,
    )!;
    expect(kept.n).toBe(0);
  });

  it('leaves the article’s rating alone: clearing is not removing', async () => {
    const article = makeArticle(makeAuthor().id);
    for (let i = 0; i < 3; i++) vote(article.id, NOW - 120 * DAY);
    await pruneAddressHashes(NOW);
    const counted = getDb().get<{ n: number }>(
      sql`SELECT count(*) AS n FROM votes WHERE article_id = ${article.id} AND removed_at IS NULL`,
    )!;
    expect(counted.n).toBe(3);
  });
});

describe('moderation after clearing', () => {
  const burst = (n: number, address: string): FlagInput[] =>
    Array.from({ length: n }, (_, i) => ({
      id: i + 1,
      readerId: `r${i}`,
      stars: 5,
      addressHash: address,
      networkHash: address,
      sawPage: true,
      votedAt: NOW + i * 1000,
    }));

  it('does not treat cleared hashes as one shared address or network', async () => {
    const flags = computeFlags(burst(12, ''));
    for (const kinds of flags.values()) expect(kinds).toEqual([]);
    // The same votes with a real shared address are still caught.
    const caught = computeFlags(burst(12, 'one-address'));
    expect(caught.get(1)).toEqual(expect.arrayContaining(['burst', 'network-burst', 'shared-address']));
  });

  it('shows a cleared address as such and refuses to remove "all votes from" it', async () => {
    const moderator = admin();
    const article = makeArticle(makeAuthor().id);
    const other = makeArticle(makeAuthor().id);
    const mine = vote(article.id, NOW - 100 * DAY);
    const stranger = vote(other.id, NOW - 100 * DAY);
    await pruneAddressHashes(NOW);
    const listed = listVotes(moderator, article.id)!;
    expect(listed.votes[0]).toMatchObject({ address: '(cleared)', flags: [] });
    expect(() => removeVotesLike(moderator, mine.id, { by: 'address', scope: 'site' }, 'spam', NOW)).toThrow(
      /address was cleared after the retention period/,
    );
    const removed = getDb().all<{ id: number }>(
      sql`SELECT id FROM votes WHERE id IN (${mine.id}, ${stranger.id}) AND removed_at IS NOT NULL`,
    );
    expect(removed).toEqual([]);
    // Removing by reader still works on what is left.
    expect(
      removeVotesLike(moderator, mine.id, { by: 'reader', scope: 'article' }, 'spam', NOW).affected,
    ).toBe(1);
  });
});

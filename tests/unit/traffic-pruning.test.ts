// The tables that grow with every reader stay bounded (db/traffic-pruning.ts): rows past their
// retention go, current ones stay, and a day of steady traffic never leaves more than the bound.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { recordAttempt } from '@/db/people/login-attempts';
import { hitRateLimit, hitViewLimits, rateBucketLifetimeMs } from '@/db/readers/rate-limits';
import { recordView } from '@/db/readers/views';
import {
  LOGIN_ATTEMPT_RETENTION_MS,
  pruneTrafficTables,
  READER_VIEW_RETENTION_MS,
  TRAFFIC_PRUNE_INTERVAL_MS,
} from '@/db/traffic-pruning';
import { makeArticle, makeAuthor } from './article-fixtures';

const MIN = 60_000;
const T0 = Date.UTC(2026, 5, 1, 12, 0, 0);
const author = makeAuthor();

function rows(table: 'reader_views' | 'rate_buckets' | 'login_attempts'): number {
  return (getDb().$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Test setup only: thousands of writes in one commit (recordView's own transaction nests as a savepoint). */
function inOneTransaction(write: () => void) {
  getDb().$client.transaction(write)();
}

function clear() {
  getDb().$client.exec('DELETE FROM reader_views; DELETE FROM rate_buckets; DELETE FROM login_attempts;');
}

describe('pruning the traffic tables', () => {
  it('deletes rows past their retention and keeps the rest, across many chunks', async () => {
    clear();
    const article = makeArticle(author.id);
    // 4,200 readers, alternating old and recent, so every chunk of the walk holds both.
    for (let i = 0; i < 4200; i++) {
      const at = i % 2 ? T0 - READER_VIEW_RETENTION_MS - MIN : T0 - MIN;
      recordView({ articleId: article.id, readerId: `p${i}` }, at);
      hitRateLimit(`t:${i}`, 5, MIN, i % 2 ? T0 - rateBucketLifetimeMs() - MIN : T0 - MIN);
      recordAttempt(
        `p${i}@example.test`,
        'h',
        false,
        i % 2 ? T0 - LOGIN_ATTEMPT_RETENTION_MS - MIN : T0 - MIN,
      );
    }
    const views = getDb().$client.prepare('SELECT views FROM articles WHERE id = ?').pluck();
    expect(views.get(article.id)).toBe(4200);

    const pruned = await pruneTrafficTables(T0);
    expect(pruned).toEqual({ rateBuckets: 2100, readerViews: 2100, loginAttempts: 2100 });
    expect([rows('reader_views'), rows('rate_buckets'), rows('login_attempts')]).toEqual([2100, 2100, 2100]);
    // Counts are kept in the articles and the day rows, never in the pruned rows.
    expect(views.get(article.id)).toBe(4200);
  }, 120_000);

  it('forgets nothing the counting rules still need', async () => {
    clear();
    const article = makeArticle(author.id);
    recordView({ articleId: article.id, readerId: 'reader' }, T0);
    hitViewLimits({ addressHash: 'a', readerId: 'reader' }, T0);
    // A rate-limit window still running keeps its count...
    await pruneTrafficTables(T0 + 9 * MIN);
    expect(rows('rate_buckets')).toBe(2);
    expect(hitViewLimits({ addressHash: 'a', readerId: 'reader' }, T0 + 9 * MIN).count).toBe(2);
    // ...and a reader returning within 30 minutes is not counted again.
    await pruneTrafficTables(T0 + 29 * MIN);
    expect(recordView({ articleId: article.id, readerId: 'reader' }, T0 + 29 * MIN)?.counted).toBe(false);
  });

  it('keeps each table under its bound through two days of steady traffic', async () => {
    clear();
    const article = makeArticle(author.id);
    const perStep = 10;
    const step = TRAFFIC_PRUNE_INTERVAL_MS;
    const steps = (2 * 24 * 60 * MIN) / step;
    // Rows written within one retention period plus one pruning interval: the stated bound.
    const bound = (retention: number, perRowStep: number) => perRowStep * (Math.ceil(retention / step) + 1);
    let most = { readerViews: 0, rateBuckets: 0, loginAttempts: 0 };
    for (let s = 0; s < steps; s++) {
      const now = T0 + s * step;
      inOneTransaction(() => {
        for (let i = 0; i < perStep; i++) {
          const reader = `s${s}-${i}`;
          recordView({ articleId: article.id, readerId: reader }, now);
          hitViewLimits({ addressHash: `addr-${reader}`, readerId: reader }, now);
          recordAttempt(`${reader}@example.test`, 'h', false, now);
        }
      });
      await pruneTrafficTables(now);
      most = {
        readerViews: Math.max(most.readerViews, rows('reader_views')),
        rateBuckets: Math.max(most.rateBuckets, rows('rate_buckets')),
        loginAttempts: Math.max(most.loginAttempts, rows('login_attempts')),
      };
    }
    expect(most.readerViews).toBeLessThanOrEqual(bound(READER_VIEW_RETENTION_MS, perStep));
    expect(most.rateBuckets).toBeLessThanOrEqual(bound(rateBucketLifetimeMs(), 2 * perStep));
    expect(most.loginAttempts).toBeLessThanOrEqual(bound(LOGIN_ATTEMPT_RETENTION_MS, perStep));
    // And the tables did fill up to their retention before pruning held them there.
    expect(most.readerViews).toBeGreaterThanOrEqual(perStep * (READER_VIEW_RETENTION_MS / step));
  }, 120_000);
});

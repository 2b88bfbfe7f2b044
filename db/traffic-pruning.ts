// Tables that grow with every reader are kept bounded (README "Tables that grow with traffic"). Each
// row is needed only for a while: a rate-limit bucket until its window can no longer matter, a
// reader's view row for the 30-minute counting rule and the vote's "saw the page" signal, a sign-in
// attempt for the throttle's 30-minute look-back. Older rows are deleted every few minutes by every
// server process (the deletes are idempotent), so each table holds about the rows of its retention
// period and never more than one pruning interval beyond it.
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rateBucketLifetimeMs } from '@/db/readers/rate-limits';

const HOUR_MS = 60 * 60 * 1000;
/** A reader's row outlives the 30-minute rule so that a vote a day later still knows the page was seen. */
export const READER_VIEW_RETENTION_MS = 24 * HOUR_MS;
/** The throttle looks back 30 minutes; a day keeps the rows an admin may ask about today. */
export const LOGIN_ATTEMPT_RETENTION_MS = 24 * HOUR_MS;
export const TRAFFIC_PRUNE_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Rows examined per statement. None of these tables has an index on its time column (adding one
 * would cost every hit an extra index write), so each is walked in rowid ranges instead: a statement
 * holds the write lock for a few milliseconds and the walk yields to requests between them.
 */
const CHUNK = 2000;

type TrafficTable = { table: string; column: string; retentionMs: () => number };

const TABLES = {
  rateBuckets: { table: 'rate_buckets', column: 'window_start', retentionMs: rateBucketLifetimeMs },
  readerViews: {
    table: 'reader_views',
    column: 'last_counted_at',
    retentionMs: () => READER_VIEW_RETENTION_MS,
  },
  loginAttempts: {
    table: 'login_attempts',
    column: 'created_at',
    retentionMs: () => LOGIN_ATTEMPT_RETENTION_MS,
  },
} satisfies Record<string, TrafficTable>;

export type TrafficPruned = Record<keyof typeof TABLES, number>;

async function pruneTable({ table, column, retentionMs }: TrafficTable, now: number): Promise<number> {
  const db = getDb();
  const cutoff = now - retentionMs();
  let deleted = 0;
  for (let from = 0; ;) {
    const chunk = db.get<{ last: number | null }>(
      sql`SELECT max(rowid) AS last FROM (SELECT rowid FROM ${sql.identifier(table)} WHERE rowid > ${from} ORDER BY rowid LIMIT ${CHUNK})`,
    );
    if (chunk?.last == null) return deleted;
    deleted += db.run(
      sql`DELETE FROM ${sql.identifier(table)} WHERE rowid > ${from} AND rowid <= ${chunk.last} AND ${sql.identifier(column)} < ${cutoff}`,
    ).changes;
    from = chunk.last;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Deletes every row past its table's retention; resolves to how many rows each table lost. */
export async function pruneTrafficTables(now = Date.now()): Promise<TrafficPruned> {
  const pruned = { rateBuckets: 0, readerViews: 0, loginAttempts: 0 };
  for (const name of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
    pruned[name] = await pruneTable(TABLES[name], now);
  }
  return pruned;
}

const globalForPrune = globalThis as unknown as { newsroomTrafficPruneTimer?: NodeJS.Timeout };

/** Prunes now and then every ten minutes in this server process; a failure is logged, never thrown. */
export function scheduleTrafficPruning(): void {
  if (globalForPrune.newsroomTrafficPruneTimer) return;
  const run = () =>
    pruneTrafficTables().catch((error) =>
      console.error('Pruning the traffic tables failed; will retry in ten minutes.', error),
    );
  void run();
  globalForPrune.newsroomTrafficPruneTimer = setInterval(run, TRAFFIC_PRUNE_INTERVAL_MS);
  // The timer alone must not keep a stopping process alive.
  globalForPrune.newsroomTrafficPruneTimer.unref();
}

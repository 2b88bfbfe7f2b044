// Personal data kept no longer than needed (issue 12, item 8). Address hashes let moderation see a
// burst from one address and let the sign-in throttle close a door on one; neither needs them after
// a few days, so after NEWSROOM_ADDRESS_RETENTION_DAYS they are cleared to '' (the columns are NOT
// NULL; '' keeps them so without rebuilding the tables). Everything else in the row stays: votes keep counting, the log
// keeps its history. Readers of these columns treat '' as "unknown", never as one shared address.
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { addressRetentionDays } from '@/lib/config';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Rows cleared per statement. Each cleared row moves in two big random-order hash indexes, which
 * costs about 0.2 ms on a 1M-vote database, so a batch holds the write lock for tens of
 * milliseconds; a first prune of a large old archive runs many and yields to requests between them.
 */
const BATCH = 250;
export const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

export type Pruned = { votes: number; signInAttempts: number; auditEntries: number };

// Each statement reads a partial index holding only rows that still carry a hash (migration 0001),
// so finding what is due costs the same whether the tables hold a thousand rows or ten million.
const steps = {
  // updated_at: a changed vote stores the address it came from then, so its clock restarts.
  votes: (cutoff: number) =>
    sql`UPDATE votes SET address_hash = '', network_hash = '' WHERE id IN (
      SELECT id FROM votes INDEXED BY votes_address_kept_idx
      WHERE address_hash <> '' AND updated_at < ${cutoff} LIMIT ${BATCH})`,
  signInAttempts: (cutoff: number) =>
    sql`UPDATE login_attempts SET address_hash = '' WHERE id IN (
      SELECT id FROM login_attempts INDEXED BY login_attempts_address_kept_idx
      WHERE address_hash <> '' AND created_at < ${cutoff} LIMIT ${BATCH})`,
  // Sign-in entries carry the hash in their detail; moderation entries name an address as target.
  auditEntries: (cutoff: number) =>
    sql`UPDATE audit_log SET
        detail = json_remove(detail, '$.addressHash'),
        target_id = CASE WHEN target_type = 'address' THEN '' ELSE target_id END
      WHERE id IN (
        SELECT id FROM audit_log INDEXED BY audit_log_address_kept_idx
        WHERE (json_extract(detail, '$.addressHash') IS NOT NULL OR (target_type = 'address' AND target_id <> ''))
          AND created_at < ${cutoff}
        LIMIT ${BATCH})`,
};

/** Clears every address hash older than the retention period; resolves to how many rows changed. */
export async function pruneAddressHashes(now = Date.now(), days = addressRetentionDays()): Promise<Pruned> {
  const db = getDb();
  const cutoff = now - days * DAY_MS;
  const pruned: Pruned = { votes: 0, signInAttempts: 0, auditEntries: 0 };
  for (const kind of Object.keys(steps) as (keyof Pruned)[]) {
    for (let changed = BATCH; changed === BATCH; pruned[kind] += changed) {
      changed = db.run(steps[kind](cutoff)).changes;
      if (changed === BATCH) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return pruned;
}

const globalForPrune = globalThis as unknown as { newsroomPruneTimer?: NodeJS.Timeout };

/**
 * Prunes now and then every hour in this server process. Every process may run it: the updates
 * are idempotent. A failure is logged, not thrown: it must never take the site down.
 */
export function scheduleAddressPruning(): void {
  if (globalForPrune.newsroomPruneTimer) return;
  const run = () =>
    pruneAddressHashes().catch((error) =>
      console.error('Clearing old address hashes failed; will retry in an hour.', error),
    );
  void run();
  globalForPrune.newsroomPruneTimer = setInterval(run, PRUNE_INTERVAL_MS);
  // The timer alone must not keep a stopping process alive.
  globalForPrune.newsroomPruneTimer.unref();
}

// Personal data kept no longer than needed (issue 12, item 8). Address hashes let moderation see a
// burst from one address and let the sign-in throttle close a door on one; neither needs them after
// a few days, so after NEWSROOM_ADDRESS_RETENTION_DAYS they are cleared to '' (the columns are NOT
// NULL, and '' needs no migration). Everything else in the row stays: votes keep counting, the log
// keeps its history. Readers of these columns treat '' as "unknown", never as one shared address.
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { addressRetentionDays } from '@/lib/config';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows cleared per statement: a first prune of a large old database must not hold the write lock for long. */
const BATCH = 5_000;
/** Clearing is due within an hour of a row's birthday; the check itself is cheap (indexed). */
export const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

export type Pruned = { votes: number; signInAttempts: number; auditEntries: number };

/** Clears every address hash older than the retention period; returns how many rows changed. */
export function pruneAddressHashes(now = Date.now(), days = addressRetentionDays()): Pruned {
  const db = getDb();
  const cutoff = now - days * DAY_MS;
  // updated_at: a changed vote stores the address it came from then, so its clock restarts.
  // INDEXED BY keeps the cost proportional to the votes not yet cleared, not to the whole table.
  const votes = inBatches(
    () =>
      db.run(sql`UPDATE votes SET address_hash = '', network_hash = '' WHERE id IN (
        SELECT id FROM votes INDEXED BY votes_address_idx
        WHERE address_hash > '' AND updated_at < ${cutoff} LIMIT ${BATCH})`).changes,
  );
  const signInAttempts = inBatches(
    () =>
      db.run(sql`UPDATE login_attempts SET address_hash = '' WHERE id IN (
        SELECT id FROM login_attempts INDEXED BY login_attempts_address_idx
        WHERE address_hash > '' AND created_at < ${cutoff} LIMIT ${BATCH})`).changes,
  );
  // Sign-in entries carry the hash in their detail; moderation entries name an address as target.
  const auditEntries = inBatches(
    () =>
      db.run(sql`UPDATE audit_log SET
          detail = json_remove(detail, '$.addressHash'),
          target_id = CASE WHEN target_type = 'address' THEN '' ELSE target_id END
        WHERE id IN (
          SELECT id FROM audit_log INDEXED BY audit_log_time_idx
          WHERE created_at < ${cutoff}
            AND (json_extract(detail, '$.addressHash') IS NOT NULL OR (target_type = 'address' AND target_id <> ''))
          LIMIT ${BATCH})`).changes,
  );
  return { votes, signInAttempts, auditEntries };
}

function inBatches(step: () => number): number {
  let total = 0;
  for (let changed = BATCH; changed === BATCH; total += changed) changed = step();
  return total;
}

const globalForPrune = globalThis as unknown as { newsroomPruneTimer?: NodeJS.Timeout };

/**
 * Prunes now and then every hour in this server process. Every process may run it: the updates
 * are idempotent. A failure is logged, not thrown: it must never take the site down.
 */
export function scheduleAddressPruning(): void {
  if (globalForPrune.newsroomPruneTimer) return;
  const run = () => {
    try {
      pruneAddressHashes();
    } catch (error) {
      console.error('Clearing old address hashes failed; will retry in an hour.', error);
    }
  };
  run();
  globalForPrune.newsroomPruneTimer = setInterval(run, PRUNE_INTERVAL_MS);
  // The timer alone must not keep a stopping process alive.
  globalForPrune.newsroomPruneTimer.unref();
}

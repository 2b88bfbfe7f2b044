// What /healthz reports (issue 12, item 6): can this process read the database, is it at the schema
// this build expects, can it write to the data folder. A load balancer may ask every second, so each
// check is one tiny query or a cached probe, never a scan.
import 'server-only';
import { statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { dataDir } from '@/lib/config';
import journal from './migrations/meta/_journal.json';

export type Health = {
  ok: boolean;
  database: 'migrated' | 'not migrated' | 'unreachable';
  disk: 'writable' | 'not writable' | 'full';
};

/** The newest migration this build ships; the database must have applied it. */
const LATEST_MIGRATION = Math.max(...journal.entries.map((entry) => entry.when));
/** Below this much free space SQLite's next checkpoint or an upload may fail: report it before it does. */
export const MIN_FREE_BYTES = 64 * 1024 * 1024;
/** The disk probe writes a file, so its answer is reused for a few seconds. */
const DISK_CACHE_MS = 5_000;

export function checkDatabase(): Health['database'] {
  try {
    const row = getDb().get<{ latest: number | null }>(
      sql`SELECT max(created_at) AS latest FROM __drizzle_migrations`,
    );
    return row?.latest != null && row.latest >= LATEST_MIGRATION ? 'migrated' : 'not migrated';
  } catch {
    // No file, no permission, a corrupt header, or no migrations table at all.
    return 'unreachable';
  }
}

let lastDisk: { at: number; dir: string; result: Health['disk'] } | undefined;

/** Whether a file can be written next to the database (uploads and the WAL need it), cached briefly. */
export function checkDisk(dir = dataDir(), now = Date.now()): Health['disk'] {
  if (lastDisk && lastDisk.dir === dir && now - lastDisk.at < DISK_CACHE_MS) return lastDisk.result;
  let result: Health['disk'];
  try {
    const probe = path.join(dir, `.healthz-${process.pid}`);
    writeFileSync(probe, String(now));
    unlinkSync(probe);
    const { bavail, bsize } = statfsSync(dir);
    result = bavail * bsize < MIN_FREE_BYTES ? 'full' : 'writable';
  } catch {
    result = 'not writable';
  }
  lastDisk = { at: now, dir, result };
  return result;
}

export function checkHealth(): Health {
  const database = checkDatabase();
  const disk = checkDisk();
  return { ok: database === 'migrated' && disk === 'writable', database, disk };
}

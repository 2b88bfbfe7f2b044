// The database half of backups and restores (issue 12, item 5). Only db/ knows the store is SQLite,
// so the online backup, the integrity check and the "is anyone using it" probe live here; the CLI
// tools in scripts/ handle folders, the secret and uploads.
import 'server-only';
import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync } from 'node:fs';
import journal from '../migrations/meta/_journal.json';

/** The newest migration this code ships: a backup made by newer code cannot be restored under it. */
export const LATEST_MIGRATION = Math.max(...journal.entries.map((entry) => entry.when));

/** better-sqlite3's largest step: every page left, in one step holding one read snapshot. */
const EVERY_REMAINING_PAGE = 0x7fffffff;

export type DatabaseFacts = {
  bytes: number;
  /** created_at of the newest applied migration (drizzle's journal `when`), or null. */
  latestMigration: number | null;
  articles: number;
  votes: number;
};

/**
 * A consistent copy of a live database through SQLite's online backup API: it reads one snapshot
 * while the server keeps writing (a plain file copy would miss or tear the WAL). SQLite restarts a
 * backup whenever another connection writes between steps, so after better-sqlite3's first (empty)
 * step everything is copied in one step, which a burst of votes cannot interrupt.
 */
export async function backupDatabase(source: string, target: string): Promise<void> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}.`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target, { progress: () => EVERY_REMAINING_PAGE });
  } finally {
    db.close();
  }
  // A self-contained single file: no -wal beside it to forget when the folder is copied elsewhere.
  const copy = new Database(target);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const fd = openSync(target, 'r');
  fsyncSync(fd);
  closeSync(fd);
}

/** "ok", or SQLite's first complaints, for a database file nobody else is writing. */
export function checkIntegrity(file: string): string {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return `cannot be opened (${(error as Error).message})`;
  }
  try {
    const rows = db.pragma('integrity_check(5)') as { integrity_check: string }[];
    const problems = rows.map((row) => row.integrity_check).filter((text) => text !== 'ok');
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length) problems.push(`${orphans.length} rows point at rows that do not exist`);
    return problems.length ? problems.join('; ') : 'ok';
  } catch (error) {
    return (error as Error).message;
  } finally {
    db.close();
  }
}

/** Size, schema level and a few counts of a database file, for the manifest and the summary. */
export function describeDatabase(file: string, bytes: number): DatabaseFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const one = (query: string) => (db.prepare(query).pluck().get() as number | null) ?? null;
    return {
      bytes,
      latestMigration: one('SELECT max(created_at) FROM __drizzle_migrations'),
      articles: one('SELECT count(*) FROM articles') ?? 0,
      votes: one('SELECT count(*) FROM votes') ?? 0,
    };
  } finally {
    db.close();
  }
}

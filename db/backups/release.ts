// Before a restore replaces the database file, make sure no process has it open and that the old
// file stands alone (its WAL folded in), so it can be moved aside whole.
import 'server-only';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

export type ReleaseState = 'absent' | 'in use' | 'released' | 'unreadable';

/**
 * A running server keeps its connection open, and in WAL mode every open connection holds a shared
 * lock on the file, even when idle; so an exclusive lock that cannot be had at once means someone
 * is using it. Checked with SQLite's own locks rather than a pid file, which a killed server leaves
 * behind and which a CLI tool holding the database would not write.
 */
export function releaseDatabase(file: string): ReleaseState {
  if (!existsSync(file)) return 'absent';
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0 });
  } catch {
    return 'unreadable';
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    // Checkpoints the WAL into the file and deletes it while we hold the only connection.
    db.pragma('journal_mode = DELETE');
    return 'released';
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return 'in use';
    // A damaged file is what a restore is for: the caller moves it aside as it is.
    return 'unreadable';
  } finally {
    db.close();
  }
}

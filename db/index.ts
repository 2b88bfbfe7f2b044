import 'server-only';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { databasePath } from '@/lib/config';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** An open transaction, as `getDb().transaction(fn)` hands it to `fn`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** The connection or a transaction: whatever a write helper should run its statements on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle's own name for "any result kind"
export type Executor = BaseSQLiteDatabase<'sync', any, typeof schema>;
/** Enough of a connection or transaction to read with. */
export type Reader = Pick<Db, 'select'>;

const globalForDb = globalThis as unknown as { newsroomDb?: Db };

function open(): Db {
  const file = databasePath();
  // The database holds password hashes: only the app's own user may read it. SQLite gives the
  // -wal and -shm files the database file's permissions, so setting them here covers all three.
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  const sqlite = new Database(file);
  // WAL lets readers and one writer work at once; NORMAL is durable across app crashes in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations') });
  return db;
}

/** One connection per process, opened and migrated on first use. */
export function getDb(): Db {
  return (globalForDb.newsroomDb ??= open());
}

/** Closes the connection (tests and CLI tools); the next getDb() opens it again. */
export function closeDb(): void {
  globalForDb.newsroomDb?.$client.close();
  globalForDb.newsroomDb = undefined;
}

export { schema };

// One set of expired cache tags for every server process and the CLI tools (README "Production").
// Each process keeps its rendered pages in its own memory (Next's cache), so what must be shared is
// only *which tags expired when*: a process checks this store before every cache read, so a page that
// one process (or `npm run article -- import`) expired is never served by another.
//
// Embedded default: a small SQLite file next to the data (no extra server). With REDIS_URL: Redis, so
// the expiry reaches every machine. Both keep one row per tag (bounded by the number of articles,
// authors, sections and tags, so nothing needs pruning) and a sequence number, so a reader asks only
// for what changed since its last look: usually nothing, in one indexed query or one round trip.
import Database from 'better-sqlite3';
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { redisTagStore } from './redis-tag-store.mjs';

/** Where the embedded store lives: DATA_DIR as lib/config.ts reads it (the CLI and server agree). */
export function tagStorePath() {
  return path.join(path.resolve(process.env.DATA_DIR ?? 'data'), 'cache-tags.db');
}

/**
 * @typedef {{ tag: string, stale: number | null, expired: number | null }} TagState
 * @typedef {{
 *   since(cursor: number): Promise<{ seq: number, rows: TagState[] }>,
 *   write(tags: string[], stale: number | null, expired: number | null): Promise<void>,
 *   close(): Promise<void>,
 * }} TagStore
 */

/** @returns {TagStore} */
export function openTagStore() {
  return process.env.REDIS_URL ? redisTagStore(process.env.REDIS_URL) : sqliteTagStore(tagStorePath());
}

/** @returns {TagStore} */
export function sqliteTagStore(file) {
  // Same rule as the database (db/index.ts): only the app's own user may read the data folder.
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS cache_tags (
    tag TEXT PRIMARY KEY, stale INTEGER, expired INTEGER, seq INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS cache_tags_seq ON cache_tags (seq);`);
  const changed = db.prepare('SELECT tag, stale, expired, seq FROM cache_tags WHERE seq > ? ORDER BY seq');
  const nextSeq = db.prepare('SELECT coalesce(max(seq), 0) + 1 AS seq FROM cache_tags');
  // A null keeps what the tag had: "expire now" leaves an earlier "stale" mark, and the reverse.
  const upsert = db.prepare(`INSERT INTO cache_tags (tag, stale, expired, seq) VALUES (?, ?, ?, ?)
    ON CONFLICT (tag) DO UPDATE SET stale = coalesce(excluded.stale, stale),
      expired = coalesce(excluded.expired, expired), seq = excluded.seq`);
  // IMMEDIATE: writers take the lock before reading max(seq), so sequence numbers follow commit
  // order and a reader's cursor can never skip a row committed later with a smaller number.
  const write = db.transaction((tags, stale, expired) => {
    const { seq } = nextSeq.get();
    for (const tag of tags) upsert.run(tag, stale, expired, seq);
  });
  return {
    async since(cursor) {
      const rows = changed.all(cursor);
      const seq = rows.length ? rows[rows.length - 1].seq : cursor;
      return { seq, rows: rows.map(({ tag, stale, expired }) => ({ tag, stale, expired })) };
    },
    async write(tags, stale, expired) {
      if (tags.length) write.immediate(tags, stale, expired);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

/**
 * The stale and expired times for tags expired now, in Next's terms (its own file-system cache does
 * the same in memory): no durations means "expired now" (updateTag, revalidateTag without a profile);
 * a profile marks them stale now (served once more while they re-render) and expired after `expire`.
 * @param {{ expire?: number } | undefined} durations
 */
export function expiryTimes(durations, now = Date.now()) {
  if (!durations) return { stale: null, expired: now };
  return { stale: now, expired: durations.expire === undefined ? null : now + durations.expire * 1000 };
}

/**
 * For the CLI tools, which cannot reach the servers' memory: expires the tags for every server
 * process (they read this store before their next cache read), then lets the process exit.
 * @param {string[]} tags
 */
export async function expireTagsEverywhere(tags) {
  const store = openTagStore();
  try {
    const { stale, expired } = expiryTimes(undefined);
    await store.write(tags, stale, expired);
  } finally {
    await store.close();
  }
}

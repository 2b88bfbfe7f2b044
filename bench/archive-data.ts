// The archives `npm run bench:archive` measures: `npm run seed -- --articles N`, kept in a cache folder
// between runs (seeding 100,000 articles takes minutes), copied into a fresh data folder per run, then
// the same reader activity at every size (views on the newest articles, a few hundred votes) and two
// staff accounts to sign in as, because readers and staff do not grow with the archive.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, newsroomDay } from '../lib/days';
import { hashPassword } from '../lib/passwords';

export const ROOT = path.resolve(__dirname, '..');
const MINUTE = 60_000;
/** Delete this folder (or set BENCH_ARCHIVE_CACHE elsewhere) to seed afresh. */
export const CACHE = process.env.BENCH_ARCHIVE_CACHE ?? path.join(os.tmpdir(), 'newsroom-archive-cache');

export const STAFF_PASSWORD = 'bench archive passphrase';
export const ADMIN_EMAIL = 'bench-admin@newsroom.example';
export const JOURNALIST_EMAIL = 'bench-journalist@newsroom.example';

export type Archive = { size: number; dir: string; file: string };

/** The seeded database for `size`, from the cache or seeded into it now. */
export function cachedSeed(size: number): string {
  const cached = path.join(CACHE, `archive-${size}.db`);
  if (existsSync(cached)) return cached;
  mkdirSync(CACHE, { recursive: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), `newsroom-seed-${size}-`));
  const file = path.join(dir, 'newsroom.db');
  try {
    const env = { ...process.env, DATA_DIR: dir, DATABASE_PATH: file };
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const seed = [
      '--conditions=react-server',
      'scripts/seed.ts',
      '--articles',
      String(size),
      '--authors',
      '8',
    ];
    const result = spawnSync(tsx, seed, { cwd: ROOT, env, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`seeding ${size} articles failed`);
    // One self-contained file: the write-ahead log folded in.
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    copyFileSync(file, `${cached}.partial`);
    renameSync(`${cached}.partial`, cached);
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh data folder holding a copy of the seeded archive (migrate it, then add staff and activity). */
export function copyArchive(size: number): Archive {
  const seeded = cachedSeed(size);
  const dir = mkdtempSync(path.join(os.tmpdir(), `newsroom-archive-${size}-`));
  const file = path.join(dir, 'newsroom.db');
  copyFileSync(seeded, file);
  return { size, dir, file };
}

export async function addStaffAndActivity(file: string): Promise<void> {
  const hash = await hashPassword(STAFF_PASSWORD);
  const db = new Database(file);
  const now = Date.now();
  db.transaction(() => {
    db.prepare(
      "INSERT INTO users (email, name, full_name, slug, role, password_hash) VALUES (?, 'Bench A', 'Bench Admin', 'bench-admin', 'admin', ?)",
    ).run(ADMIN_EMAIL, hash);
    // The journalist signs in as the first synthetic author, so "mine" is a 1/8 share of the archive.
    db.prepare(
      `UPDATE users SET email = ?, password_hash = ?
       WHERE id = (SELECT id FROM users WHERE role = 'journalist' ORDER BY id LIMIT 1)`,
    ).run(JOURNALIST_EMAIL, hash);
    addViews(db, now);
    addVotes(db, now);
  })();
  db.close();
}

function addViews(db: Database.Database, now: number): void {
  const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  const newest = ids('SELECT id FROM articles ORDER BY published_at DESC LIMIT 500');
  const older = ids('SELECT id FROM articles ORDER BY id LIMIT 200 OFFSET 300');
  const view = db.prepare('INSERT OR IGNORE INTO view_days (article_id, day, count) VALUES (?, ?, ?)');
  const today = newsroomDay(now);
  newest.forEach((id, i) => {
    for (let d = 0; d < 7; d++) view.run(id, addDays(today, -d), 1 + ((i * 7 + d * 13) % 50));
  });
  older.forEach((id, i) => view.run(id, today, 1 + (i % 5)));
  db.prepare(
    'UPDATE articles SET views = (SELECT SUM(count) FROM view_days WHERE article_id = articles.id) WHERE id IN (SELECT article_id FROM view_days)',
  ).run();
}

function addVotes(db: Database.Database, now: number): void {
  const newest = (
    db.prepare('SELECT id FROM articles ORDER BY published_at DESC LIMIT 150').all() as { id: number }[]
  ).map((r) => r.id);
  const vote = db.prepare(`INSERT OR IGNORE INTO votes
    (article_id, reader_id, stars, address_hash, network_hash, user_agent_family, saw_page, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 'Chrome', 1, ?, ?)`);
  for (let i = 0; i < 300; i++) {
    const at = now - i * 47 * MINUTE;
    vote.run(newest[i % 150], `bench-reader-${i}`, 1 + (i % 5), `addr-${i % 40}`, `net-${i % 20}`, at, at);
  }
  db.prepare(
    `UPDATE articles SET
    rating_sum = (SELECT SUM(stars) FROM votes WHERE article_id = articles.id AND removed_at IS NULL),
    rating_count = (SELECT COUNT(*) FROM votes WHERE article_id = articles.id AND removed_at IS NULL)
    WHERE id IN (SELECT article_id FROM votes)`,
  ).run();
}

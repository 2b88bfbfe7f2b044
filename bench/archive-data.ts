// The archives `npm run bench:archive` measures: `npm run seed -- --articles N` into a temporary data
// folder, then the same reader activity at every size (views on the newest articles, a few hundred
// votes, an admin and a journalist to read as), because readers do not grow with the archive.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, newsroomDay } from '../lib/days';

export const ROOT = path.resolve(__dirname, '..');
const MINUTE = 60_000;

export type Archive = { size: number; dir: string; file: string };

export function seedArchive(size: number): Archive {
  const dir = mkdtempSync(path.join(os.tmpdir(), `newsroom-archive-${size}-`));
  const file = path.join(dir, 'newsroom.db');
  const env = { ...process.env, DATA_DIR: dir, DATABASE_PATH: file };
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const seed = ['--conditions=react-server', 'scripts/seed.ts', '--articles', String(size), '--authors', '8'];
  const result = spawnSync(tsx, seed, { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`seeding ${size} articles failed`);
  addActivity(file);
  return { size, dir, file };
}

function addActivity(file: string): void {
  const db = new Database(file);
  const now = Date.now();
  db.transaction(() => {
    const user = db.prepare(
      'INSERT INTO users (email, name, full_name, slug, role) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    user.run('bench-admin@newsroom.example', 'Bench A', 'Bench Admin', 'bench-admin', 'admin');
    const newest = (
      db.prepare('SELECT id FROM articles ORDER BY published_at DESC LIMIT 500').all() as { id: number }[]
    ).map((r) => r.id);
    const older = (
      db.prepare('SELECT id FROM articles ORDER BY id LIMIT 200 OFFSET 300').all() as { id: number }[]
    ).map((r) => r.id);
    const view = db.prepare('INSERT OR IGNORE INTO view_days (article_id, day, count) VALUES (?, ?, ?)');
    const today = newsroomDay(now);
    newest.forEach((id, i) => {
      for (let d = 0; d < 7; d++) view.run(id, addDays(today, -d), 1 + ((i * 7 + d * 13) % 50));
    });
    older.forEach((id, i) => view.run(id, today, 1 + (i % 5)));
    db.prepare(
      'UPDATE articles SET views = (SELECT SUM(count) FROM view_days WHERE article_id = articles.id) WHERE id IN (SELECT article_id FROM view_days)',
    ).run();
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
  })();
  db.close();
}

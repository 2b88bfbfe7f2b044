// npm run backup and npm run restore as real processes (issue 12, item 5): a backup taken in the
// middle of a burst of votes restores into a fresh data folder with exact counts. Each process
// starts tsx, which takes seconds on a busy 2-core machine: hence the long timeouts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(path.join(os.tmpdir(), 'newsroom-backup-'));
const live = path.join(root, 'live');
const backups = path.join(root, 'backups');
const tsx = path.resolve('node_modules/.bin/tsx');
// The children find their data through DATA_DIR alone, and the secret in data/secret.
const env = (dataDir: string) => {
  const rest = { ...process.env };
  for (const name of ['DATABASE_PATH', 'NEWSROOM_SECRET', 'AUTH_SECRET']) delete rest[name];
  return { ...rest, DATA_DIR: dataDir };
};

function run(script: 'backup' | 'restore', args: string[], dataDir: string) {
  const result = spawnSync(tsx, ['--conditions=react-server', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: env(dataDir),
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the vote burst and resolves once it holds the database and is about to write. */
function startBurst(stopFile: string): Promise<{ child: ChildProcess; done: Promise<number> }> {
  const child = spawn(tsx, ['--conditions=react-server', 'tests/unit/fixtures/vote-burst.ts', stopFile], {
    env: env(live),
  });
  let out = '';
  const done = new Promise<number>((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(Number(/done (\d+)/.exec(out)?.[1])) : reject(code)));
  });
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk) => process.stderr.write(chunk));
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('ready')) resolve({ child, done });
    });
    child.on('exit', () => reject(new Error(`the burst ended early: ${out}`)));
  });
}

/** Every stored total against the rows it sums: the numbers readers see must be the rows' truth. */
function countsOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.id, a.rating_count AS ratingCount, a.rating_sum AS ratingSum, a.views,
           (SELECT count(*) FROM votes v WHERE v.article_id = a.id AND v.removed_at IS NULL) AS voteRows,
           (SELECT coalesce(sum(stars), 0) FROM votes v WHERE v.article_id = a.id AND v.removed_at IS NULL) AS starRows,
           (SELECT coalesce(sum(count), 0) FROM view_days d WHERE d.article_id = a.id) AS viewRows
         FROM articles a ORDER BY a.id`,
      )
      .all() as Record<string, number>[];
  } finally {
    db.close();
  }
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('backs up during a burst of votes and restores into a fresh folder with exact counts', async () => {
    mkdirSync(path.join(live, 'uploads'), { recursive: true });
    writeFileSync(path.join(live, 'secret'), 'the-live-secret', { mode: 0o600 });
    writeFileSync(path.join(live, 'uploads', 'abc-480.webp'), 'image bytes');

    const stop = path.join(root, 'stop');
    const { done } = await startBurst(stop);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const backup = run('backup', [backups], live);
    writeFileSync(stop, '');
    const total = await done;
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/integrity ok/);
    const [name] = readdirSync(backups);
    expect(name).toMatch(/^newsroom-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    const folder = path.join(backups, name);
    expect(readdirSync(folder).sort()).toEqual(['backup.json', 'newsroom.db', 'secret', 'uploads']);

    const fresh = path.join(root, 'fresh');
    const restore = run('restore', [folder], fresh);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/No cached pages to clear/);

    const rows = countsOf(path.join(fresh, 'newsroom.db'));
    for (const row of rows) {
      expect(row.ratingCount).toBe(row.voteRows);
      expect(row.ratingSum).toBe(row.starRows);
      expect(row.views).toBe(row.viewRows);
    }
    // Taken mid-burst: some votes were in, not all of them.
    const votes = rows.reduce((sum, row) => sum + row.voteRows, 0);
    expect(votes).toBeGreaterThan(0);
    expect(countsOf(path.join(live, 'newsroom.db')).reduce((s, r) => s + r.voteRows, 0)).toBeGreaterThan(
      votes,
    );
    expect(total).toBeGreaterThan(0);
    expect(readFileSync(path.join(fresh, 'secret'), 'utf8')).toBe('the-live-secret');
    expect(readFileSync(path.join(fresh, 'uploads', 'abc-480.webp'), 'utf8')).toBe('image bytes');
  }, 90_000);

  it('refuses to restore under a process that has the database open, even an idle one, and changes nothing', () => {
    const [name] = readdirSync(backups);
    // A server between requests: one read done, the connection kept open.
    const server = new Database(path.join(live, 'newsroom.db'));
    const before = server.prepare('SELECT count(*) FROM votes').pluck().get();
    try {
      const restore = run('restore', [path.join(backups, name)], live);
      expect(restore.code).toBe(1);
      expect(restore.stderr).toMatch(/is open in another process \(a running server.*nothing was changed/);
      expect(readdirSync(live).filter((f) => f.startsWith('before-restore'))).toEqual([]);
      expect(server.prepare('SELECT count(*) FROM votes').pluck().get()).toBe(before);
    } finally {
      server.close();
    }
    // Stopped, the same restore goes through and keeps what it replaced.
    const restore = run('restore', [path.join(backups, name)], live);
    expect(restore.code).toBe(0);
    expect(readdirSync(live).filter((f) => f.startsWith('before-restore'))).toHaveLength(1);
  }, 60_000);

  it('refuses a folder that is not a backup, or one whose database is damaged, before touching anything', () => {
    const notBackup = path.join(root, 'not-a-backup');
    mkdirSync(notBackup);
    expect(run('restore', [notBackup], live).stderr).toMatch(/is not a backup made by npm run backup/);
    expect(run('restore', [], live).stderr).toMatch(/Missing the backup folder[\s\S]*Usage:/);

    const [name] = readdirSync(backups);
    const damaged = path.join(root, 'damaged');
    mkdirSync(damaged);
    writeFileSync(path.join(damaged, 'backup.json'), readFileSync(path.join(backups, name, 'backup.json')));
    const bytes = readFileSync(path.join(backups, name, 'newsroom.db'));
    bytes.fill(0x41, 4096, 12_288);
    writeFileSync(path.join(damaged, 'newsroom.db'), bytes);
    const result = run('restore', [damaged], path.join(root, 'untouched'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/fails its integrity check .*nothing was changed/);
    expect(readdirSync(root)).not.toContain('untouched');

    // A backup from a newer version (a migration this code does not know) is refused too.
    const newer = path.join(root, 'newer');
    mkdirSync(newer);
    writeFileSync(path.join(newer, 'backup.json'), readFileSync(path.join(backups, name, 'backup.json')));
    writeFileSync(path.join(newer, 'newsroom.db'), readFileSync(path.join(backups, name, 'newsroom.db')));
    const edit = new Database(path.join(newer, 'newsroom.db'));
    edit.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 4e12);
    edit.close();
    const refused = run('restore', [newer], path.join(root, 'untouched'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/made by a newer version of Newsroom/);
    expect(readdirSync(root)).not.toContain('untouched');
  }, 60_000);

  it('refuses to back up when there is no database, naming where it looked', () => {
    const result = run('backup', [backups], path.join(root, 'empty'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No database at .*empty.*newsroom\.db/);
  }, 60_000);
});

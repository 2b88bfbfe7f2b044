// How the server processes live and end (README "Production"): SIGTERM lets a request in flight
// finish and closes the databases cleanly; under `npm start` a worker that dies is replaced.
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { once } from 'node:events';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { BROWSER_UA } from './moderation-fixtures';
import { removeDir, spawnWatched, tempDir } from './production-fixtures';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('SIGTERM lets a request in flight finish, then closes the database and exits', async () => {
  const dataDir = tempDir('drain');
  try {
    const server = await spawnWatched('scripts/serve.mjs', dataDir, { NEWSROOM_E2E: '1' });
    const db = new Database(path.join(dataDir, 'newsroom.db'), { readonly: true });
    const { id } = db
      .prepare("SELECT id FROM articles WHERE status = 'published' AND published_at < ? LIMIT 1")
      .get(Date.now()) as { id: number };
    db.close();
    // A vote whose body arrives in two halves: the server is waiting for the second when told to stop.
    const origin = server.url;
    const request = http.request(`${origin}/api/articles/${id}/vote`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': '11',
        Accept: 'application/json',
        Origin: origin,
        'Sec-Fetch-Site': 'same-origin',
        'User-Agent': BROWSER_UA,
      },
    });
    const answered = once(request, 'response');
    request.write('{"stars"');
    await new Promise((r) => setTimeout(r, 500));
    const exited = once(server.child, 'exit');
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    expect(server.child.exitCode).toBeNull();
    request.end(':4}');
    const [response] = (await answered) as [http.IncomingMessage];
    expect(response.statusCode).toBe(200);
    response.resume();
    const [code] = await exited;
    expect(code).toBe(0);
    // SQLite removes the write-ahead log when the last connection closes cleanly.
    expect(existsSync(path.join(dataDir, 'newsroom.db-wal'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'cache-tags.db-wal'))).toBe(false);
  } finally {
    removeDir(dataDir);
  }
});

test('npm start runs the processes it is asked for, and replaces one that dies', async () => {
  const dataDir = tempDir('cluster');
  const server = await spawnWatched('scripts/start.mjs', dataDir, { WEB_CONCURRENCY: '2' });
  try {
    // Each worker logs one JSON line (lib/logger.mjs) when it listens, with its pid.
    const pids = () => server.output().split('\n').flatMap(listeningPid);
    await expect.poll(() => pids().length, { timeout: 60_000 }).toBe(2);
    process.kill(pids()[0], 'SIGKILL');
    await expect.poll(() => pids().length, { timeout: 60_000 }).toBe(3);
    expect(server.output()).toMatch(/server process \d+ died \(SIGKILL\); replacing it/);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    const exited = once(server.child, 'exit');
    server.child.kill('SIGTERM');
    // The primary exits once every worker has drained and exited.
    const [code] = await exited;
    expect(code).toBe(0);
  } finally {
    server.child.kill('SIGKILL');
    removeDir(dataDir);
  }
});

function listeningPid(line: string): number[] {
  try {
    const entry = JSON.parse(line) as { event?: string; pid?: number };
    return entry.event === 'listening' && typeof entry.pid === 'number' ? [entry.pid] : [];
  } catch {
    return [];
  }
}

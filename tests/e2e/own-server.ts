// Servers of a spec's own (same build, fresh data directory), for work that must not touch the
// shared test server: load that would hold its write lock, or a newsroom that must start empty.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server } from './moderation-fixtures';

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Whether `url` answered (anything but a server error) before `timeoutMs` ran out. */
export async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/**
 * Starts the app the way the README does, for load that must not hold the shared database's write
 * lock while other specs work. `stop` ends it and removes its data.
 */
export async function startOwnServer(env: Record<string, string>): Promise<Server & { stop: () => void }> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-own-e2e-'));
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, ...env, PORT: String(port), DATA_DIR: dataDir },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    // start.mjs runs next through npx: end the whole process group.
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {}
    rmSync(dataDir, { recursive: true, force: true });
  };
  const baseURL = `http://localhost:${port}`;
  if (!(await answers(`${baseURL}/`, 180_000))) {
    stop();
    throw new Error(`The spec's own server did not answer at ${baseURL}.`);
  }
  return { baseURL, dataDir, stop };
}

// The app under test: built into a dist folder of the bench's own and started on a fresh data
// directory as one process of `npm start` (scripts/serve.mjs), the way production runs each core;
// BENCH_SERVER=next starts a bare `next start` instead (Next's own route handlers for everything).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
const DIST = '.next-bench';

export type NextServer = { base: string; child: ChildProcess; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function ensureBuild(): Promise<void> {
  const { buildIsCurrent } = (await import(path.join(ROOT, 'scripts/build-state.mjs'))) as {
    buildIsCurrent: () => boolean;
  };
  process.env.NEXT_DIST_DIR = DIST;
  if (buildIsCurrent()) return;
  console.log(`Building into ${DIST}…`);
  const result = spawnSync('npx', ['next', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('next build failed');
}

export const SERVER_KIND = process.env.BENCH_SERVER === 'next' ? 'next start' : 'serve.mjs';

/**
 * Starts the server over `dataDir`; wait for it with `waitFor`, end it with `stop`. `everyCore` runs
 * `npm start`'s scripts/start.mjs instead: one process per core (WEB_CONCURRENCY) on the one port.
 */
export function startNext(dataDir: string, port: number, { everyCore = false } = {}): NextServer {
  const env = {
    ...process.env,
    NEXT_DIST_DIR: DIST,
    DATA_DIR: dataDir,
    PORT: String(port),
    NODE_ENV: 'production' as const,
    NODE_OPTIONS: `--require ${JSON.stringify(path.join(ROOT, 'scripts/peer-address.cjs'))}`,
    // Every beacon comes from one address here; the limits are for real traffic, not this.
    NEWSROOM_VIEW_LIMIT_PER_ADDRESS: '1000000000/1m',
    NEWSROOM_VIEW_LIMIT_PER_READER: '1000000000/1m',
  };
  const args = everyCore
    ? [path.join(ROOT, 'scripts/start.mjs')]
    : SERVER_KIND === 'next start'
      ? [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)]
      : [path.join(ROOT, 'scripts/serve.mjs')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
  };
  return { base: `http://127.0.0.1:${port}`, child, stop };
}

/** Waits until `url` answers at all, or fails once the server has exited. */
export async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${SERVER_KIND} exited early`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${url} did not answer`);
}

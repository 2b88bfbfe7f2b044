// The article page, served every way `npm run bench` compares: one server process, every process of
// `npm start` on one port, nginx's front cache in front of them (deploy/nginx-newsroom.conf, as
// shipped), and the yardstick: nginx serving the same HTML as a static file (node:http from memory
// when nginx is not installed). Each target is a name and a URL; `stop` ends what was started here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nginxInstalled, startNginx, startStaticNginx } from '../tests/e2e/production-fixtures';
import { freePort, SERVER_KIND, startNext, waitFor, type NextServer } from './next-server';

export type Target = { name: string; url: string };
export type Targets = { targets: Target[]; baseline: Target; stop: () => Promise<void> };

/** Serves `body` from memory on a free port, the fastest Node can answer with that HTML. */
async function serveFromMemory(body: Buffer): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Fetches `url` until it answers 200 with `header` equal to `value` (a cache that has the page). */
async function warmUntil(url: string, header: string, value: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status === 200 && response.headers.get(header) === value) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never answered 200 with ${header}: ${value}`);
}

/**
 * Starts every process of `npm start` and the nginx servers over `dataDir`, where `one` (one process)
 * already runs; `path` is the article's path and `html` its page as `one` serves it.
 */
export async function startTargets(
  dataDir: string,
  one: NextServer,
  articlePath: string,
  html: string,
): Promise<Targets> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };
  try {
    const every = startNext(dataDir, await freePort(), { everyCore: true });
    stops.push(every.stop);
    await waitFor(`${every.base}/`, every.child);
    const workers = process.env.WEB_CONCURRENCY || String(os.availableParallelism());
    const targets: Target[] = [
      { name: `${SERVER_KIND}: one process`, url: `${one.base}${articlePath}` },
      { name: `npm start: ${workers} processes`, url: `${every.base}${articlePath}` },
    ];
    for (const t of targets) await warmUntil(t.url, 'x-nextjs-cache', 'HIT');

    if (!nginxInstalled()) {
      console.log('nginx is not installed: the front-cache rows are left out, node:http is the yardstick.');
      const memory = await serveFromMemory(Buffer.from(html));
      stops.push(memory.stop);
      return { targets, baseline: { name: 'node:http: same HTML from memory', url: memory.url }, stop };
    }
    const front = await startNginx(every.base);
    stops.push(front.stop);
    const viaNginx = { name: `nginx front cache → ${workers} processes`, url: `${front.url}${articlePath}` };
    // nginx says HIT once the page is in its cache (X-Cache-Status, deploy/nginx-newsroom.conf).
    await warmUntil(viaNginx.url, 'x-cache-status', 'HIT');

    const root = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-static-'));
    stops.push(async () => rmSync(root, { recursive: true, force: true }));
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'index.html'), html);
    const flat = await startStaticNginx(root);
    stops.push(flat.stop);
    return {
      targets: [...targets, viaNginx],
      baseline: { name: 'nginx: same HTML as a static file', url: `${flat.url}/` },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

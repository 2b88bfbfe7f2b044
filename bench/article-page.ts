// `npm run bench`: how fast is the cached article page, next to the same HTML served from memory by a
// bare node:http server in the same run on the same machine? Also times the live endpoint (a view
// beacon from a new reader each time, whose writes are group-committed), then checks that the views
// in the database grew by exactly the number of beacons sent.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pickArticle } from './article-to-measure';
import { combine, DURATION, measure, type Row } from './measure';
import { ensureBuild, freePort, SERVER_KIND, startNext, waitFor } from './next-server';
import { report, type Exactness } from './report';

const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

/** Serves `body` from memory on a free port, the fastest the machine can answer with that HTML. */
async function serveFromMemory(body: Buffer): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** The cached page and the same HTML from memory, one row each. */
async function comparePage(url: string, staticUrl: string): Promise<Row[]> {
  // The two servers take turns (two halves each), so a burst of other work on the machine
  // weighs on both alike instead of on whichever ran at the wrong moment.
  const halves: Row[][] = [[], []];
  for (let round = 0; round < 2; round++) {
    const options = { duration: Math.max(2, Math.round(DURATION / 2)) };
    halves[0].push(await measure(`${SERVER_KIND}: article page (cached)`, { url, ...options }));
    halves[1].push(await measure('node:http: same HTML from memory', { url: staticUrl, ...options }));
  }
  return halves.map(combine);
}

/** A fixed number of beacons rather than a duration, so that none is cut off in flight uncounted. */
const LIVE_REQUESTS = Number(process.env.BENCH_LIVE_REQUESTS ?? 8000);

function countsIn(databasePath: string, articleId: number): { views: number; readers: number } {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db
      .prepare(
        'SELECT views, (SELECT count(*) FROM reader_views WHERE article_id = articles.id) AS readers FROM articles WHERE id = ?',
      )
      .get(articleId) as { views: number; readers: number };
  } finally {
    db.close();
  }
}

/** The live endpoint, for a new reader each time (with the exactness check) and for one returning reader. */
async function measureLive(
  base: string,
  articleId: number,
  databasePath: string,
): Promise<{ rows: Row[]; exactness: Exactness }> {
  const url = `${base}/api/articles/${articleId}/live`;
  const duration = Math.max(3, Math.round(DURATION / 2));
  const before = countsIn(databasePath, articleId);
  const newReaders = await measure(`${SERVER_KIND}: POST live (new reader each)`, {
    url,
    method: 'POST',
    headers: { 'user-agent': BROWSER_UA, accept: 'application/json' },
    amount: LIVE_REQUESTS,
  });
  const after = countsIn(databasePath, articleId);
  // No cookie is sent, so each beacon is a new reader and each answered 200 must be one more view.
  const exactness: Exactness = {
    sent: LIVE_REQUESTS,
    answered200: newReaders.responses - newReaders.non2xx,
    viewsAdded: after.views - before.views,
    readerRowsAdded: after.readers - before.readers,
  };
  const rows = [newReaders];
  // A returning reader within 30 minutes: the same cookie, so nothing is counted.
  const first = await fetch(url, { method: 'POST', headers: { 'user-agent': BROWSER_UA } });
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0];
  rows.push(
    await measure(`${SERVER_KIND}: POST live (same reader)`, {
      url,
      method: 'POST',
      headers: { 'user-agent': BROWSER_UA, accept: 'application/json', cookie },
      duration,
    }),
  );
  return { rows, exactness };
}

async function main() {
  await ensureBuild();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
  const next = startNext(dataDir, await freePort());
  let staticServer: http.Server | undefined;
  try {
    await waitFor(`${next.base}/`, next.child);
    const article = pickArticle(path.join(dataDir, 'newsroom.db'));
    const url = `${next.base}/articles/${article.slug}`;
    // Warm: the first request renders and caches the page; the next ones are served from memory.
    for (let i = 0; i < 3; i++) await (await fetch(url)).text();
    const warm = await fetch(url);
    const html = await warm.text();
    console.log(
      `Article ${url}: ${html.length} bytes, x-nextjs-cache: ${warm.headers.get('x-nextjs-cache')}`,
    );

    const body = Buffer.from(html);
    staticServer = await serveFromMemory(body);
    const staticUrl = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}/`;
    const live = await measureLive(next.base, article.id, path.join(dataDir, 'newsroom.db'));
    const rows = [...(await comparePage(url, staticUrl)), ...live.rows];
    report(rows, body.length, live.exactness);
  } finally {
    staticServer?.close();
    await next.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

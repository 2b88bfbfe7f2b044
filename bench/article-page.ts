// `npm run bench`: how fast is the cached article page, next to the same HTML served from memory by a
// bare node:http server in the same run on the same machine? Also times the live endpoint (a view
// beacon from a new reader: one write transaction per request).
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const DIST = '.next-bench';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

type Row = {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
};

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function ensureBuild(): Promise<void> {
  const { buildIsCurrent } = (await import(path.join(ROOT, 'scripts/build-state.mjs'))) as {
    buildIsCurrent: () => boolean;
  };
  process.env.NEXT_DIST_DIR = DIST;
  if (buildIsCurrent()) return;
  console.log(`Building into ${DIST}…`);
  const result = spawnSync('npx', ['next', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('next build failed');
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('next start exited early');
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

const WORDS =
  'the council said on tuesday that harbour traffic rose again this spring as new ferry routes opened and fishermen returned to the old market where prices had fallen'.split(
    ' ',
  );

function paragraphs(seed: number, words: number): string {
  const out: string[] = [];
  for (let p = 0; p < 6; p++) {
    const sentence = Array.from(
      { length: words / 6 },
      (_, i) => WORDS[(seed * 7 + p * 13 + i * 5) % WORDS.length],
    );
    out.push(`<p>${sentence.join(' ')}.</p>`);
  }
  return out.join('\n');
}

/** A public article to measure: the demo content's, or a few rows written here when there is none. */
function pickArticle(databasePath: string): { id: number; slug: string } {
  const db = new Database(databasePath);
  try {
    const now = Date.now();
    const find = () =>
      db
        .prepare(
          "SELECT id, slug FROM articles WHERE status = 'published' AND published_at <= ? ORDER BY published_at DESC LIMIT 1",
        )
        .get(now) as { id: number; slug: string } | undefined;
    let found = find();
    if (!found) {
      const author = db
        .prepare(
          "INSERT INTO users (email, name, full_name, slug, bio) VALUES ('bench@example.test', 'Bench W', 'Bench Writer', 'bench-writer', 'Writes benchmarks.') RETURNING id",
        )
        .get() as { id: number };
      const section = db
        .prepare("INSERT INTO sections (name, slug) VALUES ('Bench', 'bench') RETURNING id")
        .get() as { id: number };
      const insert = db.prepare(
        "INSERT INTO articles (slug, title, summary, body, author_id, section_id, status, published_at) VALUES (?, ?, ?, ?, ?, ?, 'published', ?)",
      );
      for (let i = 0; i < 6; i++) {
        insert.run(
          `bench-article-${i}`,
          `Harbour traffic report ${i}`,
          'A 600-word article for the benchmark.',
          paragraphs(i, 600),
          author.id,
          section.id,
          now - i * 86_400_000,
        );
      }
      found = find();
    }
    return found!;
  } finally {
    db.close();
  }
}

async function measure(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Two equal-length runs as one: mean rate, mean of the percentiles (close enough for halves). */
function combine(runs: Row[]): Row {
  const mean = (pick: (r: Row) => number) =>
    Math.round((runs.reduce((sum, r) => sum + pick(r), 0) / runs.length) * 10) / 10;
  return {
    name: runs[0].name,
    requestsPerSecond: Math.round(mean((r) => r.requestsPerSecond)),
    p50: mean((r) => r.p50),
    p99: mean((r) => r.p99),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

async function main() {
  await ensureBuild();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
  const port = await freePort();
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
  const next = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  let staticServer: http.Server | undefined;
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/`, next);
    const article = pickArticle(path.join(dataDir, 'newsroom.db'));
    const url = `${base}/articles/${article.slug}`;
    // Warm: the first request renders and caches the page; the next ones are served from memory.
    for (let i = 0; i < 3; i++) await (await fetch(url)).text();
    const warm = await fetch(url);
    const html = await warm.text();
    console.log(
      `Article ${url}: ${html.length} bytes, x-nextjs-cache: ${warm.headers.get('x-nextjs-cache')}`,
    );

    const body = Buffer.from(html);
    staticServer = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
      res.end(body);
    });
    await new Promise<void>((resolve) => staticServer!.listen(0, '127.0.0.1', resolve));
    const staticPort = (staticServer.address() as AddressInfo).port;

    // The two servers take turns (two halves each), so a burst of other work on the machine
    // weighs on both alike instead of on whichever ran at the wrong moment.
    const halves: Row[][] = [[], []];
    for (let round = 0; round < 2; round++) {
      const options = { duration: Math.max(2, Math.round(DURATION / 2)) };
      halves[0].push(await measure('next start: article page (cached)', { url, ...options }));
      halves[1].push(
        await measure('node:http: same HTML from memory', {
          url: `http://127.0.0.1:${staticPort}/`,
          ...options,
        }),
      );
    }
    const rows: Row[] = halves.map(combine);

    rows.push(
      await measure('next start: POST live (new reader each)', {
        url: `${base}/api/articles/${article.id}/live`,
        method: 'POST',
        headers: { 'user-agent': BROWSER_UA, accept: 'application/json' },
        duration: Math.max(3, Math.round(DURATION / 2)),
      }),
    );
    // A returning reader within 30 minutes: the same cookie, so nothing is counted.
    const first = await fetch(`${base}/api/articles/${article.id}/live`, {
      method: 'POST',
      headers: { 'user-agent': BROWSER_UA },
    });
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0];
    rows.push(
      await measure('next start: POST live (same reader)', {
        url: `${base}/api/articles/${article.id}/live`,
        method: 'POST',
        headers: { 'user-agent': BROWSER_UA, accept: 'application/json', cookie },
        duration: Math.max(3, Math.round(DURATION / 2)),
      }),
    );

    const ratio = rows[0].requestsPerSecond / rows[1].requestsPerSecond;
    // Other work on the machine skews both servers; the load average says how much to trust a run.
    const load = os.loadavg().map((l) => l.toFixed(2));
    console.log(
      `\n${CONNECTIONS} connections, ${DURATION} s each (live endpoint: ${Math.max(3, Math.round(DURATION / 2))} s), ${os.cpus().length} CPUs, load average ${load.join(' ')}\n`,
    );
    console.table(rows.map((r) => ({ ...r, p50: `${r.p50} ms`, p99: `${r.p99} ms` })));
    console.log(
      `next start serves the cached article at ${(ratio * 100).toFixed(1)}% of the static server's rate (ratio ${ratio.toFixed(3)}).`,
    );

    const results = path.join(ROOT, 'bench/results');
    mkdirSync(results, { recursive: true });
    const file = path.join(results, `article-page-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          connections: CONNECTIONS,
          durationSeconds: DURATION,
          cpus: os.cpus().length,
          loadAverage: os.loadavg(),
          htmlBytes: body.length,
          rows,
          ratio,
        },
        null,
        2,
      ),
    );
    console.log(`Wrote ${path.relative(ROOT, file)}`);
  } finally {
    staticServer?.close();
    next.kill('SIGTERM');
    if (next.exitCode === null) await new Promise((r) => next.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// `npm run bench`: in one run on one machine,
//   1. the cached article page from one server process, from every process of `npm start`, and through
//      nginx's front cache (deploy/), each against nginx serving the same HTML as a static file;
//   2. the live endpoint (a view beacon from a new reader each time, group-committed), then the
//      exactness check: the views in the database grew by exactly the number of beacons answered;
//   3. the JavaScript each page type loads, and Lighthouse's four scores for the front, a section and
//      an article page (BENCH_LIGHTHOUSE=0 leaves Lighthouse out; `npm run bench:lighthouse` is only that).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pickArticle } from './article-to-measure';
import { pagesToMeasure, printLighthouseScores, printPageScripts } from './lighthouse';
import { combine, DURATION, measure, type Row } from './measure';
import { ensureBuild, freePort, SERVER_KIND, startNext, waitFor } from './next-server';
import { startTargets, type Target } from './page-targets';
import { report, type Exactness } from './report';

const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';

/**
 * Every target and the yardstick, one row each. They take turns in two halves each, so a burst of
 * other work on the machine weighs on all alike instead of on whichever ran at the wrong moment.
 */
async function comparePage(targets: Target[], baseline: Target): Promise<Row[]> {
  const all = [...targets, baseline];
  const halves: Row[][] = all.map(() => []);
  const duration = Math.max(2, Math.round(DURATION / 2));
  for (let round = 0; round < 2; round++) {
    for (const [i, t] of all.entries()) halves[i].push(await measure(t.name, { url: t.url, duration }));
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
  // A returning reader within 30 minutes: the same cookie, so nothing is counted.
  const first = await fetch(url, { method: 'POST', headers: { 'user-agent': BROWSER_UA } });
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0];
  const sameReader = await measure(`${SERVER_KIND}: POST live (same reader)`, {
    url,
    method: 'POST',
    headers: { 'user-agent': BROWSER_UA, accept: 'application/json', cookie },
    duration: Math.max(3, Math.round(DURATION / 2)),
  });
  return { rows: [newReaders, sameReader], exactness };
}

async function main() {
  await ensureBuild();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
  const database = path.join(dataDir, 'newsroom.db');
  const one = startNext(dataDir, await freePort());
  try {
    await waitFor(`${one.base}/`, one.child);
    const pages = pagesToMeasure(one.base, database);
    // Warm: the first request renders and caches each page; the next ones are served from the cache.
    for (const url of Object.values(pages)) for (let i = 0; i < 3; i++) await (await fetch(url)).text();
    const html = await (await fetch(pages.article)).text();
    const articlePath = new URL(pages.article).pathname;
    console.log(`Article ${articlePath}: ${html.length} bytes`);

    const { targets, baseline, stop } = await startTargets(dataDir, one, articlePath, html);
    let pageRows: Row[];
    try {
      pageRows = await comparePage(targets, baseline);
    } finally {
      await stop();
    }
    const live = await measureLive(one.base, pickArticle(database).id, database);
    const scripts = await printPageScripts(pages);
    const lighthouse = LIGHTHOUSE ? await printLighthouseScores(pages) : undefined;
    report({
      pageRows,
      liveRows: live.rows,
      htmlBytes: html.length,
      exactness: live.exactness,
      scripts,
      lighthouse,
    });
  } finally {
    await one.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

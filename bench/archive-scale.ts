// `npm run bench:archive`: is a 100,000-article archive as fast as a 1,000-article one (issue 9)?
// Builds the app if its build is stale (bench/next-server.ts), copies a seeded archive of each size
// (bench/archive-data.ts: seeded once, then reused from a cache folder), and for every page type
// times its first request over HTTP against a production server started fresh for each pass
// (bench/archive-http.ts), keeping the lower of the passes, with the growth factor. A second table
// times the same pages' data-layer calls alone on a fresh connection (lowest of five), where growth
// that rendering hides still shows. Then prints EXPLAIN QUERY PLAN for every query each page's data layer runs, flagging a SCAN of articles,
// votes, view_days or article_tags. BENCH_ARCHIVE_SIZES=1000,10000 and BENCH_ARCHIVE_PASSES=3
// change sizes and passes; BENCH_KEEP=1 keeps the data folders.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeDb, getDb } from '../db';
import { addStaffAndActivity, copyArchive, ROOT, type Archive } from './archive-data';
import { httpPass, signInStaff, type Cookies } from './archive-http';
import { PAGE_TYPES, readContext, type Context } from './archive-pages';
import { ensureBuild } from './next-server';
import { captureQueries, explain } from './query-plans';

const SIZES = (process.env.BENCH_ARCHIVE_SIZES ?? '1000,100000').split(',').map(Number);
// The machine is shared and noisy: the lower of the passes is the one less disturbed.
const PASSES = Number(process.env.BENCH_ARCHIVE_PASSES ?? 2);

/** Opens the archive in this process, which applies any migration newer than the cached seed. */
function openArchive(archive: Archive) {
  closeDb();
  // DATA_DIR alone (the file is newsroom.db in it): the servers this starts inherit the environment.
  process.env.DATA_DIR = archive.dir;
  delete process.env.DATABASE_PATH;
  return getDb().$client;
}

type Run = { archive: Archive; context: Context; cookies: Cookies };

async function prepare(size: number): Promise<Run> {
  const archive = copyArchive(size);
  openArchive(archive);
  closeDb();
  await addStaffAndActivity(archive.file);
  const context = readContext(openArchive(archive), Date.now());
  closeDb();
  return { archive, context, cookies: await signInStaff(archive) };
}

/** Passes alternate between the sizes, so a burst of other work on the machine weighs on both. */
async function time(runs: Run[]): Promise<Map<string, number>[]> {
  const best = runs.map(() => new Map<string, number>());
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [i, { archive, context, cookies }] of runs.entries()) {
      console.log(`Pass ${pass + 1} of ${PASSES} at ${archive.size.toLocaleString('en-GB')} articles…`);
      const times = await httpPass(archive, context, cookies);
      for (const [name, ms] of times) best[i].set(name, Math.min(best[i].get(name) ?? Infinity, ms));
    }
  }
  return best;
}

/** The data-layer calls alone, on a fresh connection each time (cold statements), lowest of five. */
async function timeDataLayer(runs: Run[]): Promise<Map<string, number>[]> {
  const best = runs.map(() => new Map<string, number>());
  for (let pass = 0; pass < 5; pass++) {
    for (const [i, { archive, context }] of runs.entries()) {
      for (const page of PAGE_TYPES) {
        openArchive(archive);
        const started = performance.now();
        await page.load({ ...context, now: Date.now() });
        const ms = performance.now() - started;
        best[i].set(page.name, Math.min(best[i].get(page.name) ?? Infinity, ms));
      }
    }
  }
  closeDb();
  return best;
}

function printPlans(archive: Archive, context: Context): number {
  let flagged = 0;
  console.log(`\nQuery plans at ${archive.size.toLocaleString('en-GB')} articles`);
  for (const page of PAGE_TYPES) {
    const client = openArchive(archive);
    const queries = captureQueries(client, () => void page.load({ ...context, now: Date.now() }));
    console.log(`\n## ${page.name}`);
    for (const query of queries) {
      const plan = explain(client, query);
      flagged += plan.scans.length;
      const sql = query.sql.replace(/\s+/g, ' ').slice(0, 110);
      console.log(`  ${plan.scans.length ? '!! SCAN' : 'ok     '} ${sql}`);
      for (const line of plan.lines) console.log(`           ${line}`);
    }
  }
  closeDb();
  return flagged;
}

function table(results: Map<string, number>[], digits = 1): string {
  const head = SIZES.map((s) => `${s.toLocaleString('en-GB')} (ms)`);
  const lines = [`| page | ${head.join(' | ')} | growth |`, `|---|${SIZES.map(() => '---:|').join('')}---:|`];
  for (const page of PAGE_TYPES) {
    const ms = results.map((r) => r.get(page.name)!);
    const growth = ms[ms.length - 1] / ms[0];
    const flag = growth > 2 ? ' **over 2×**' : '';
    lines.push(
      `| ${page.name} | ${ms.map((m) => m.toFixed(digits)).join(' | ')} | ×${growth.toFixed(2)}${flag} |`,
    );
  }
  return lines.join('\n');
}

function save(results: Map<string, number>[], data: Map<string, number>[], flagged: number): void {
  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `archive-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const pages = PAGE_TYPES.map((p) => ({
    name: p.name,
    ms: results.map((r) => r.get(p.name)),
    dataLayerMs: data.map((r) => r.get(p.name)),
  }));
  const run = { at: new Date().toISOString(), sizes: SIZES, passes: PASSES, loadAverage: os.loadavg() };
  writeFileSync(file, JSON.stringify({ ...run, pages, flagged }, null, 2));
  console.log(`Wrote ${path.relative(ROOT, file)}`);
}

async function main() {
  const runs: Run[] = [];
  try {
    await ensureBuild();
    for (const size of SIZES) runs.push(await prepare(size));
    const results = await time(runs);
    const data = await timeDataLayer(runs);
    const flagged = printPlans(runs.at(-1)!.archive, runs.at(-1)!.context);
    const load = os.loadavg().map((l) => l.toFixed(2));
    console.log(`\nFirst request over HTTP, lower of ${PASSES} passes; load average ${load.join(' ')}\n`);
    console.log(table(results));
    console.log('\nThe same pages, data-layer calls only (fresh connection, lowest of five)\n');
    console.log(table(data, 2));
    console.log(`\n${flagged} plan line(s) scan a big table.`);
    save(results, data, flagged);
  } finally {
    closeDb();
    if (!process.env.BENCH_KEEP)
      for (const { archive } of runs) rmSync(archive.dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

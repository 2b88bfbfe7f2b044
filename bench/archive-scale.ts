// `npm run bench:archive`: does a 100,000-article archive answer as fast as a 1,000-article one?
// Seeds both sizes into temporary databases (bench/archive-data.ts), then for every page type times
// the data its route loads on a fresh connection (first request: cold statements; the lowest of five
// passes), prints the growth factor, and EXPLAIN QUERY PLAN for every query each page ran, flagging
// a SCAN of articles, votes, view_days or article_tags. BENCH_ARCHIVE_SIZES=1000,10000 changes sizes.
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { closeDb, getDb } from '../db';
import { seedArchive, type Archive } from './archive-data';
import { PAGE_TYPES, readContext, type Context } from './archive-pages';
import { captureQueries, explain } from './query-plans';

const SIZES = (process.env.BENCH_ARCHIVE_SIZES ?? '1000,100000').split(',').map(Number);
// The machine is shared and noisy: the lowest of several passes is the one least disturbed.
const PASSES = Number(process.env.BENCH_ARCHIVE_PASSES ?? 5);

function openArchive(archive: Archive) {
  closeDb();
  process.env.DATA_DIR = archive.dir;
  process.env.DATABASE_PATH = archive.file;
  return getDb().$client;
}

/** Passes alternate between the sizes, so a burst of other work on the machine weighs on both. */
async function time(archives: Archive[], contexts: Context[]): Promise<Map<string, number>[]> {
  const best = archives.map(() => new Map<string, number>());
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [i, archive] of archives.entries()) {
      for (const page of PAGE_TYPES) {
        openArchive(archive);
        const started = performance.now();
        await page.load(contexts[i]);
        const ms = performance.now() - started;
        best[i].set(page.name, Math.min(best[i].get(page.name) ?? Infinity, ms));
      }
    }
  }
  return best;
}

function printPlans(archive: Archive, context: Context): number {
  let flagged = 0;
  console.log(`\nQuery plans at ${archive.size.toLocaleString('en-GB')} articles`);
  for (const page of PAGE_TYPES) {
    const client = openArchive(archive);
    const queries = captureQueries(client, () => void page.load(context));
    console.log(`\n## ${page.name}`);
    for (const query of queries) {
      const plan = explain(client, query);
      flagged += plan.scans.length;
      const sql = query.sql.replace(/\s+/g, ' ').slice(0, 110);
      console.log(`  ${plan.scans.length ? '!! SCAN' : 'ok     '} ${sql}`);
      for (const line of plan.lines) console.log(`           ${line}`);
    }
  }
  return flagged;
}

function printTable(results: Map<string, number>[]): void {
  const head = SIZES.map((s) => `${s.toLocaleString('en-GB')} (ms)`);
  console.log(`\n| page | ${head.join(' | ')} | growth |\n|---|${SIZES.map(() => '---:|').join('')}---:|`);
  for (const page of PAGE_TYPES) {
    const ms = results.map((r) => r.get(page.name)!);
    const growth = ms[ms.length - 1] / ms[0];
    console.log(`| ${page.name} | ${ms.map((m) => m.toFixed(1)).join(' | ')} | ×${growth.toFixed(1)} |`);
  }
}

async function main() {
  const archives: Archive[] = [];
  try {
    for (const size of SIZES) archives.push(seedArchive(size));
    const now = Date.now();
    const contexts = archives.map((a) => readContext(openArchive(a), now));
    const results = await time(archives, contexts);
    const flagged = printPlans(archives.at(-1)!, contexts.at(-1)!);
    printTable(results);
    console.log(`\n${flagged} plan line(s) scan a big table.`);
  } finally {
    closeDb();
    if (!process.env.BENCH_KEEP) for (const a of archives) rmSync(a.dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

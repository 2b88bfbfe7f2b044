// `npm run bench:search`: full-text search at 1,000 and 100,000 generated articles, straight
// through the data layer (no HTTP, no cache: the cost of a cache miss). Prints the time to build
// the index and p50/p95 per query kind.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-search-'));
process.env.DATA_DIR = dir;
process.env.NEWSROOM_SECRET ??= 'bench-secret';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const { closeDb, getDb } = await import('../db');
  const { searchArticles } = await import('../db/articles/search');
  const { syncSearchIndex } = await import('../db/articles/search-index');
  const { fillArchive, vocabularyWord, VOCABULARY_SIZE } = await import('./search-archive');
  for (const count of [1_000, 100_000]) {
    process.env.DATABASE_PATH = path.join(dir, `search-${count}.db`);
    closeDb();
    const sqlite = getDb().$client;
    const now = Date.now();
    let t = performance.now();
    fillArchive(sqlite, { count, newest: now - 60_000, stepMs: 600_000 });
    const fill = performance.now() - t;
    t = performance.now();
    syncSearchIndex();
    const build = performance.now() - t;
    console.log(
      `${count} articles: generated in ${(fill / 1000).toFixed(1)} s, indexed in ${(build / 1000).toFixed(1)} s`,
    );
    const word = (i: number) => vocabularyWord((i * 37 + 11) % VOCABULARY_SIZE);
    const kinds: [string, (i: number) => string, 'relevance' | 'newest'][] = [
      ['two words, ranked', (i) => `${word(i)} ${word(i + 5)}`, 'relevance'],
      ['two words, newest first', (i) => `${word(i)} ${word(i + 5)}`, 'newest'],
      ['one word, ranked (~2% of the archive)', (i) => word(i), 'relevance'],
      ['"harbour" + one word, ranked', (i) => `harbour ${word(i)}`, 'relevance'],
      ['prefix while typing ("kal")', (i) => word(i).slice(0, 3), 'relevance'],
    ];
    for (const [name, query, sort] of kinds) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < 60; i++) {
        const start = performance.now();
        total += searchArticles(query(i), { now, sort, limit: 12, offset: 0 }).total;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 50).toFixed(1);
      const p95 = percentile(times, 95).toFixed(1);
      console.log(`  ${name}: p50 ${p50} ms, p95 ${p95} ms (avg ${Math.round(total / 60)} matches)`);
    }
    closeDb();
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));

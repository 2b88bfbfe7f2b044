// What a `npm run bench` run leaves: tables on the console and a JSON file in bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LighthouseRow } from './lighthouse';
import { CONNECTIONS, DURATION, type Row } from './measure';
import { ROOT } from './next-server';
import type { PageScripts } from './page-scripts';

/** The live endpoint's beacons from new readers against what the database kept. */
export type Exactness = { sent: number; answered200: number; viewsAdded: number; readerRowsAdded: number };

export type BenchRun = {
  /** The article page, the yardstick (same HTML as a static file) last. */
  pageRows: Row[];
  liveRows: Row[];
  htmlBytes: number;
  exactness: Exactness;
  scripts: Record<string, PageScripts>;
  lighthouse?: Record<string, LighthouseRow>;
};

const isExact = (e: Exactness) =>
  e.sent === e.answered200 && e.viewsAdded === e.sent && e.readerRowsAdded === e.sent;

function exactnessLine(e: Exactness): string {
  return `Exactness: ${e.sent} beacons from distinct readers, ${e.answered200} answered 200, views in the database +${e.viewsAdded}, reader rows +${e.readerRowsAdded}: ${isExact(e) ? 'exact' : 'NOT EXACT'}.`;
}

/** A page row that is not all 200s measured something else (a redirect, an error page): the run is void. */
function invalidRows(rows: Row[]): string[] {
  return rows
    .filter((r) => r.non2xx > 0 || r.errors > 0)
    .map((r) => `${r.name} (${r.non2xx} non-2xx, ${r.errors} errors)`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// Issue 8's targets for what a reader's browser gets.
const MAX_ARTICLE_JS_BYTES = 110 * 1024;
const MIN_MOBILE_PERFORMANCE = 95;
const MAX_MOBILE_TBT_MS = 200;

/** One line per target: the figure this run measured and whether it meets the target. */
function targetLines(run: BenchRun): string[] {
  const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');
  const article = run.scripts.article?.gzipBytes;
  const lines =
    article === undefined
      ? []
      : [`article JavaScript ${kb(article)} (at most 110 KB): ${verdict(article <= MAX_ARTICLE_JS_BYTES)}`];
  for (const r of Object.values(run.lighthouse ?? {})) {
    const met =
      r.preset === 'mobile'
        ? r.performance >= MIN_MOBILE_PERFORMANCE && r.tbt < MAX_MOBILE_TBT_MS
        : r.performance === 100;
    const target = r.preset === 'mobile' ? 'at least 95, TBT under 200 ms' : '100';
    lines.push(`${r.page} ${r.preset}: ${r.performance}, TBT ${r.tbt} ms (${target}): ${verdict(met)}`);
  }
  return lines;
}

function printSummary(run: BenchRun): void {
  const baseline = run.pageRows[run.pageRows.length - 1];
  const load = os.loadavg().map((l) => l.toFixed(2));
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s per page row, ${run.exactness.sent} live beacons; ${os.cpus().length} CPUs, autocannon on the same cores, load average ${load.join(' ')}\n`,
  );
  console.table([
    ...run.pageRows.map((r) => ({
      'article page': r.name,
      'req/s': r.requestsPerSecond,
      'of static': (r.requestsPerSecond / baseline.requestsPerSecond).toFixed(3),
      p50: `${r.p50} ms`,
      p99: `${r.p99} ms`,
    })),
    ...run.liveRows.map((r) => ({
      'article page': r.name,
      'req/s': r.requestsPerSecond,
      p50: `${r.p50} ms`,
      p99: `${r.p99} ms`,
    })),
  ]);
  console.log(exactnessLine(run.exactness));
  console.table(
    Object.entries(run.scripts).map(([page, s]) => ({ page, 'JavaScript (gzip)': kb(s.gzipBytes) })),
  );
  if (!run.lighthouse) console.log('Lighthouse left out (BENCH_LIGHTHOUSE=0).');
  else printLighthouse(run.lighthouse);
  console.log(
    `\nIssue 8's targets:\n${targetLines(run)
      .map((l) => `  ${l}`)
      .join('\n')}`,
  );
}

function printLighthouse(lighthouse: Record<string, LighthouseRow>): void {
  console.table(
    Object.values(lighthouse).map((r) => ({
      page: r.page,
      preset: r.preset,
      performance: r.performance,
      accessibility: r.accessibility,
      'best practices': r['best-practices'],
      SEO: r.seo,
      'TBT ms': r.tbt,
    })),
  );
}

export function report(run: BenchRun): void {
  printSummary(run);
  const invalid = invalidRows(run.pageRows);
  if (invalid.length > 0 || !isExact(run.exactness)) {
    // Exit non-zero so a void run is never mistaken for a figure.
    console.error(`This run is void: ${invalid.join('; ') || 'the live counts are not exact'}.`);
    process.exitCode = 1;
  }
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
        ...run,
      },
      null,
      2,
    ),
  );
  console.log(`Wrote ${path.relative(ROOT, file)}`);
}

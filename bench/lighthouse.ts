// `npm run bench:lighthouse`: what a reader's browser is sent and how Lighthouse scores it. Starts the
// production server (scripts/serve.mjs: Next plus the hash-based script policy, as `npm start` runs
// each process) on a fresh data folder with the demo content, then for the front page, a section page
// and an article page:
//   - the JavaScript each page loads (module scripts from its HTML, gzip bytes as sent);
//   - Lighthouse 12's four scores and the metrics behind performance, mobile and desktop presets,
//     the median of LIGHTHOUSE_RUNS runs (default 3) on Debian's Chromium (CHROME_PATH to change it).
// Lighthouse's mobile preset simulates a 4× slower CPU from the tasks it observes, so other work on
// the machine inflates total blocking time: the load average is printed with every run.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RunnerResult } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { pickArticle } from './article-to-measure';
import { ensureBuild, freePort, ROOT, waitFor } from './next-server';
import { measurePageScripts, type PageScripts } from './page-scripts';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE_CLI = path.join(ROOT, 'node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;

type Preset = 'mobile' | 'desktop';
type LhResult = NonNullable<RunnerResult>['lhr'];
type Scores = Record<(typeof CATEGORIES)[number], number> & Record<keyof typeof METRICS, number>;

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** scripts/serve.mjs on `port` over `dataDir`, the build in the bench's own folder. */
function startServer(dataDir: string, port: number) {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/serve.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEXT_DIST_DIR: '.next-bench',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  return { base: `http://127.0.0.1:${port}`, child, stop };
}

/** A section page that lists articles: the section with the most published ones. */
function pickSection(databasePath: string): string {
  const db = new Database(databasePath, { readonly: true });
  try {
    const row = db
      .prepare(
        // The default edition's: its pages are the unprefixed addresses measured here.
        `SELECT s.slug FROM sections s JOIN articles a ON a.section_id = s.id AND a.status = 'published'
         WHERE s.edition_id = (SELECT id FROM editions WHERE is_default = 1)
         GROUP BY s.id ORDER BY count(*) DESC LIMIT 1`,
      )
      .get() as { slug: string } | undefined;
    if (!row) throw new Error('no section with published articles to measure');
    return row.slug;
  } finally {
    db.close();
  }
}

function scoresOf(lhr: LhResult): Scores {
  const scores = {} as Scores;
  for (const c of CATEGORIES) scores[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
  for (const [key, id] of Object.entries(METRICS) as [keyof typeof METRICS, string][]) {
    const value = lhr.audits[id]?.numericValue ?? NaN;
    scores[key] = key === 'cls' ? Math.round(value * 1000) / 1000 : Math.round(value);
  }
  return scores;
}

/**
 * One Lighthouse run through its own CLI, in a plain Node process with a fresh Chromium: under tsx,
 * the functions Lighthouse sends into the page would carry esbuild's name helper and fail there.
 */
function lighthouseOnce(url: string, preset: Preset): Promise<LhResult> {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, CHROME_PATH: CHROME };
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (part: Buffer) => out.push(part));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code} for ${url}`));
      const lhr = JSON.parse(Buffer.concat(out).toString('utf8')) as LhResult;
      if (lhr.runtimeError) return reject(new Error(`${url}: ${lhr.runtimeError.message}`));
      resolve(lhr);
    });
  });
}

/** One run, tried again up to twice when Lighthouse itself fails (NO_NAVSTART: its trace was lost). */
async function lighthouseRun(url: string, preset: Preset): Promise<LhResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url, preset);
    } catch (error) {
      if (attempt === 3) throw error;
      console.warn(`${(error as Error).message}; running it again`);
    }
  }
}

async function runLighthouse(url: string, preset: Preset): Promise<LhResult> {
  const runs: LhResult[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(url, preset));
  return computeMedianRun(runs);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export type Pages = { front: string; section: string; article: string };
export type LighthouseRow = Scores & { page: string; preset: Preset; load: string };

/** The front page, the section with the most articles and the newest article of `base`'s default edition. */
export function pagesToMeasure(base: string, databasePath: string): Pages {
  return {
    front: `${base}/`,
    section: `${base}/sections/${pickSection(databasePath)}`,
    article: `${base}/articles/${pickArticle(databasePath).slug}`,
  };
}

/** The JavaScript each page loads, printed as a table (and the article's chunk by chunk). */
export async function printPageScripts(pages: Pages): Promise<Record<string, PageScripts>> {
  const scripts: Record<string, PageScripts> = {};
  for (const [kind, url] of Object.entries(pages)) scripts[kind] = await measurePageScripts(url);
  console.log(`\nJavaScript per page (module scripts, gzip as sent; load average ${loadAverage()})`);
  console.table(
    Object.entries(scripts).map(([page, s]) => ({
      page,
      scripts: s.chunks.length,
      gzip: kb(s.gzipBytes),
      uncompressed: kb(s.rawBytes),
    })),
  );
  console.log('Article page, chunk by chunk:');
  console.table(
    scripts.article.chunks.map((c) => ({ src: c.src, gzip: kb(c.gzipBytes), raw: kb(c.rawBytes) })),
  );
  return scripts;
}

/** Lighthouse's four scores and the metrics behind performance, mobile then desktop, printed as a table. */
export async function printLighthouseScores(pages: Pages): Promise<Record<string, LighthouseRow>> {
  const results: Record<string, LighthouseRow> = {};
  for (const preset of ['mobile', 'desktop'] as const) {
    for (const [page, url] of Object.entries(pages)) {
      const lhr = await runLighthouse(url, preset);
      const row = { page, preset, ...scoresOf(lhr), load: loadAverage() };
      results[`${page} ${preset}`] = row;
      console.log(`${page} ${preset}: performance ${row.performance}, TBT ${row.tbt} ms (load ${row.load})`);
    }
  }
  console.log(
    `\nLighthouse ${RUNS > 1 ? `(median of ${RUNS} runs)` : '(one run)'}, ${os.cpus().length} CPUs`,
  );
  console.table(
    Object.values(results).map((r) => ({
      page: r.page,
      preset: r.preset,
      perf: r.performance,
      a11y: r.accessibility,
      'best pr.': r['best-practices'],
      seo: r.seo,
      'FCP ms': r.fcp,
      'LCP ms': r.lcp,
      'TBT ms': r.tbt,
      CLS: r.cls,
      load: r.load,
    })),
  );
  return results;
}

async function main() {
  await ensureBuild();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-lighthouse-'));
  const server = startServer(dataDir, await freePort());
  try {
    await waitFor(`${server.base}/`, server.child);
    const pages = pagesToMeasure(server.base, path.join(dataDir, 'newsroom.db'));
    // Render and cache each page once, so every run measures what readers get: the cached copy.
    for (const url of Object.values(pages)) await (await fetch(url)).text();
    const scripts = await printPageScripts(pages);
    const results = await printLighthouseScores(pages);

    const dir = path.join(ROOT, 'bench/results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      JSON.stringify({ at: new Date().toISOString(), runs: RUNS, pages, scripts, results }, null, 2),
    );
    console.log(`Wrote ${path.relative(ROOT, file)}`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// `npm run bench` imports the functions above; `npm run bench:lighthouse` runs this file.
if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

// What a bench run leaves: a table on the console and a JSON file in bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONNECTIONS, DURATION, type Row } from './measure';
import { ROOT, SERVER_KIND } from './next-server';

/** The live endpoint's beacons from new readers against what the database kept. */
export type Exactness = { sent: number; answered200: number; viewsAdded: number; readerRowsAdded: number };

function exactnessLine(e: Exactness): string {
  const exact = e.sent === e.answered200 && e.viewsAdded === e.sent && e.readerRowsAdded === e.sent;
  return `Exactness: ${e.sent} beacons from distinct readers, ${e.answered200} answered 200, views in the database +${e.viewsAdded}, reader rows +${e.readerRowsAdded}: ${exact ? 'exact' : 'NOT EXACT'}.`;
}

/** `rows` starts with the cached article page and the same HTML from memory, in that order. */
export function report(rows: Row[], htmlBytes: number, exactness: Exactness): void {
  const ratio = rows[0].requestsPerSecond / rows[1].requestsPerSecond;
  // Other work on the machine skews both servers; the load average says how much to trust a run.
  const load = os.loadavg().map((l) => l.toFixed(2));
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s each (live endpoint: ${exactness.sent} new readers, then ${Math.max(3, Math.round(DURATION / 2))} s for one reader), ${os.cpus().length} CPUs, load average ${load.join(' ')}\n`,
  );
  console.table(rows.map((r) => ({ ...r, p50: `${r.p50} ms`, p99: `${r.p99} ms` })));
  console.log(
    `${SERVER_KIND} serves the cached article at ${(ratio * 100).toFixed(1)}% of the static server's rate (ratio ${ratio.toFixed(3)}).`,
  );
  console.log(exactnessLine(exactness));

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
        htmlBytes,
        server: SERVER_KIND,
        rows,
        ratio,
        exactness,
      },
      null,
      2,
    ),
  );
  console.log(`Wrote ${path.relative(ROOT, file)}`);
}

// Records the SELECTs a piece of data-layer code runs and explains each one (EXPLAIN QUERY PLAN),
// flagging a SCAN of the big tables. Shared by `npm run bench:archive` and the plan unit test.
import type Database from 'better-sqlite3';

export type Query = { sql: string; params: unknown[] };
export type Plan = { sql: string; lines: string[]; scans: string[] };

/** Tables that grow with the archive or its traffic, and the aliases db/ gives them in SQL. */
const BIG = new Set(['articles', 'votes', 'view_days', 'article_tags', 'a', 'v', 'd']);

/** Runs `fn`, returning the SELECT statements it ran on `client` (in order, duplicates dropped). */
export function captureQueries(client: Database.Database, fn: () => void): Query[] {
  const proto = Object.getPrototypeOf(client.prepare('SELECT 1')) as Record<string, unknown>;
  const seen: Query[] = [];
  const originals = new Map<string, unknown>();
  for (const name of ['all', 'get', 'iterate', 'run']) {
    const original = proto[name] as (...args: unknown[]) => unknown;
    originals.set(name, original);
    proto[name] = function (this: Database.Statement, ...args: unknown[]) {
      if (/^\s*(select|with)\b/i.test(this.source) && !seen.some((q) => q.sql === this.source))
        seen.push({ sql: this.source, params: args });
      return original.apply(this, args);
    };
  }
  try {
    fn();
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  return seen;
}

/**
 * The plan of one query, as indented lines, and the lines that SCAN a big table. A SCAN through a
 * covering index is not one: it is a page's walk down its list's index, ended by LIMIT and OFFSET
 * (and started from the nearer end), reading no rows of the table.
 */
export function explain(client: Database.Database, query: Query): Plan {
  const rows = client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as {
    id: number;
    parent: number;
    detail: string;
  }[];
  const depth = new Map<number, number>([[0, -1]]);
  const lines = rows.map((r) => {
    depth.set(r.id, (depth.get(r.parent) ?? -1) + 1);
    return `${'  '.repeat(depth.get(r.id)!)}${r.detail}`;
  });
  const scans = rows
    .map((r) => r.detail)
    .filter((d) => BIG.has(/^SCAN (\w+)/.exec(d)?.[1] ?? '') && !d.includes('USING COVERING INDEX'));
  return { sql: query.sql, lines, scans };
}

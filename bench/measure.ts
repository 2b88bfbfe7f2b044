// Load with autocannon: one row of numbers per measured URL, and two half-runs combined into one.
import autocannon from 'autocannon';

export const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = 10;

export type Row = {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Responses received (2xx or not). */
  responses: number;
};

export async function measure(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    responses: result.requests.total,
  };
}

/** Two equal-length runs as one: mean rate, mean of the percentiles (close enough for halves). */
export function combine(runs: Row[]): Row {
  const mean = (pick: (r: Row) => number) =>
    Math.round((runs.reduce((sum, r) => sum + pick(r), 0) / runs.length) * 10) / 10;
  return {
    name: runs[0].name,
    requestsPerSecond: Math.round(mean((r) => r.requestsPerSecond)),
    p50: mean((r) => r.p50),
    p99: mean((r) => r.p99),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    responses: runs.reduce((sum, r) => sum + r.responses, 0),
  };
}

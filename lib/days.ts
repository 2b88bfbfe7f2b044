// The newsroom's calendar days: view_days rows are keyed by them, and "today", "this week" and the
// chart's days are read by them. A day is the date on the newsroom's clock (NEWSROOM_TIMEZONE), so
// an evening view in Jakarta counts on the Jakarta date, not on UTC's. Writers and readers of
// view_days all use this module, so their keys always match.
// API:
//   newsroomDay(ms, timeZone?) → "2026-04-26"
//   addDays("2026-04-26", -6) → "2026-04-20" (calendar arithmetic: DST never skips or repeats a day)
//   lastDays(n, now?, timeZone?) → the last n newsroom days, oldest first, today included
import { newsroomTimeZone } from './config';

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date the newsroom's clock shows at `ms`, as YYYY-MM-DD. */
export function newsroomDay(ms: number, timeZone = newsroomTimeZone()): string {
  const p: Record<string, string> = {};
  for (const part of dayFormatter(timeZone).formatToParts(ms)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}`;
}

/** The day `n` calendar days after `day` (before, for a negative `n`). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The last `n` newsroom days, oldest first, ending with today. */
export function lastDays(n: number, now = Date.now(), timeZone = newsroomTimeZone()): string[] {
  const today = newsroomDay(now, timeZone);
  return Array.from({ length: n }, (_, i) => addDays(today, i - (n - 1)));
}

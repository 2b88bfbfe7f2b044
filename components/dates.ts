// Formats instants for people in the newsroom's timezone (DESIGN.md §4). Pure: safe in any component.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = timeZone + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat('en-GB', { timeZone, ...options })));
  return f;
}

function parts(ms: number, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone, options).formatToParts(ms)) out[p.type] = p.value;
  return out;
}

export function defaultTimeZone(): string {
  return process.env.NEWSROOM_TIMEZONE || 'UTC';
}

/** "Friday, 26 April 2019 00:00" */
export function formatPublishDate(ms: number, timeZone = defaultTimeZone()): string {
  const p = parts(ms, timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${p.weekday}, ${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute}`;
}

/** "26 April 2019", for lists. */
export function formatShortDate(ms: number, timeZone = defaultTimeZone()): string {
  const p = parts(ms, timeZone, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.day} ${p.month} ${p.year}`;
}

/** ISO 8601 in UTC, for <time datetime>. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

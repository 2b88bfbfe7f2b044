// Formats instants for people in the newsroom's timezone (DESIGN.md §4), in the page's language:
// the seed's shape everywhere ("Friday, 26 April 2019 00:00"), with the weekday and month names
// Intl knows for that language. Pure: safe in any component.
import { DEFAULT_LOCALE, intlLocaleOf, messagesLocaleOf } from '@/lib/i18n/locales';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = locale + timeZone + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone, ...options })));
  return f;
}

function parts(ms: number, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const out: Record<string, string> = {};
  for (const p of formatter(intlLocaleOf(locale), timeZone, options).formatToParts(ms)) out[p.type] = p.value;
  return out;
}

// Arabic separates the weekday with its own comma.
const AFTER_WEEKDAY: Record<string, string> = { ar: '، ' };

export function defaultTimeZone(): string {
  return process.env.NEWSROOM_TIMEZONE || 'UTC';
}

/** "Friday, 26 April 2019 00:00"; "Jumat, 26 April 2019 00:00"; "الجمعة، 26 أبريل 2019 00:00" */
export function formatPublishDate(
  ms: number,
  timeZone = defaultTimeZone(),
  locale: string = DEFAULT_LOCALE,
): string {
  const p = parts(ms, locale, timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const comma = AFTER_WEEKDAY[messagesLocaleOf(locale)] ?? ', ';
  return `${p.weekday}${comma}${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute}`;
}

/** "26 April 2019", for lists. */
export function formatShortDate(
  ms: number,
  timeZone = defaultTimeZone(),
  locale: string = DEFAULT_LOCALE,
): string {
  const p = parts(ms, locale, timeZone, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.day} ${p.month} ${p.year}`;
}

/** ISO 8601 in UTC, for <time datetime>. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

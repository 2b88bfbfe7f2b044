// Publish times typed in the dashboard are wall-clock times in the newsroom's timezone (DESIGN.md §4).
// API:
//   parseNewsroomLocalTime(text, timeZone) → UTC ms | null   ("2026-04-26T09:30" or "2026-04-26 09:30")
//   formatNewsroomLocalInput(ms, timeZone) → "2026-04-26T09:30" (the value of a datetime-local field)
//   timeZoneOffsetMs(ms, timeZone) → the zone's offset from UTC at that instant

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(ms: number, timeZone: string): WallClock {
  const p: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute, second: p.second };
}

function asUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** How far the zone's wall clock is ahead of UTC at `ms` (e.g. +7 h for Asia/Jakarta). */
export function timeZoneOffsetMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return asUtc(wallClock(whole, timeZone)) - whole;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a newsroom clock shows `text`. DST-safe: a time that happens twice (clocks going back)
 * means the first one; a time that never happens (clocks going forward) is moved forward by the gap,
 * which is what people expect ("02:30" on the spring-forward night becomes 03:30).
 */
export function parseNewsroomLocalTime(text: string, timeZone: string): number | null {
  const m = LOCAL_PATTERN.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59 || day < 1) return null;
  const wanted = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March: such a date does not exist.
  if (new Date(wanted).getUTCDate() !== day || year < 1000) return null;
  // Offsets either side of any transition near this wall time; one of them is the right one.
  const before = timeZoneOffsetMs(wanted - DAY_MS, timeZone);
  const after = timeZoneOffsetMs(wanted + DAY_MS, timeZone);
  const candidates = [wanted - before, wanted - after]
    .filter((t) => asUtc(wallClock(t, timeZone)) === wanted)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0];
  return wanted - before;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The value for an <input type="datetime-local"> showing `ms` on the newsroom's clock. */
export function formatNewsroomLocalInput(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

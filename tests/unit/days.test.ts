import { describe, expect, it } from 'vitest';
import { addDays, lastDays, newsroomDay } from '@/lib/days';
import { demoViewDays, seededRandom } from '@/db/demo/stats';

describe("the newsroom's days", () => {
  it("names the date on the newsroom's clock", () => {
    const instant = Date.parse('2026-04-25T18:00:00Z');
    expect(newsroomDay(instant, 'UTC')).toBe('2026-04-25');
    expect(newsroomDay(instant, 'Asia/Jakarta')).toBe('2026-04-26');
    expect(newsroomDay(Date.parse('2026-04-26T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-04-25');
  });

  it('reads the zone from NEWSROOM_TIMEZONE by default', () => {
    process.env.NEWSROOM_TIMEZONE = 'Asia/Jakarta';
    try {
      expect(newsroomDay(Date.parse('2026-04-25T18:00:00Z'))).toBe('2026-04-26');
    } finally {
      process.env.NEWSROOM_TIMEZONE = 'UTC';
    }
  });

  it('steps over months, years and leap days by the calendar', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-29', 6)).toBe('2027-01-04');
  });

  it('lists each of the last days once, even across a DST change', () => {
    // New York falls back on 1 November 2026: that Sunday has 25 hours.
    const now = Date.parse('2026-11-03T04:30:00Z'); // 23:30 on 2 November in New York
    const days = lastDays(4, now, 'America/New_York');
    expect(days).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
  });

  it('spreads demo views over distinct newsroom days, none after today, across a DST change', () => {
    process.env.NEWSROOM_TIMEZONE = 'America/New_York';
    try {
      // 00:30 on 31 October in New York; 24-hour steps from it would name 1 November twice.
      const publishedAt = Date.parse('2026-10-31T04:30:00Z');
      const now = Date.parse('2026-11-02T04:40:00Z'); // 23:40 on 1 November
      const rows = demoViewDays(publishedAt, now, seededRandom(7));
      const days = rows.map((r) => r.day);
      expect(new Set(days).size).toBe(days.length);
      expect(days.every((d) => d >= '2026-10-31' && d <= '2026-11-01')).toBe(true);
    } finally {
      process.env.NEWSROOM_TIMEZONE = 'UTC';
    }
  });
});

import { describe, expect, it } from 'vitest';
import { formatNewsroomLocalInput, parseNewsroomLocalTime } from '@/lib/time';

const utc = (iso: string) => Date.parse(iso);

describe('parseNewsroomLocalTime', () => {
  it('reads a datetime-local value in UTC', () => {
    expect(parseNewsroomLocalTime('2026-04-26T09:30', 'UTC')).toBe(utc('2026-04-26T09:30:00Z'));
  });

  it('accepts a space instead of the T, and seconds', () => {
    expect(parseNewsroomLocalTime('2026-04-26 09:30', 'UTC')).toBe(utc('2026-04-26T09:30:00Z'));
    expect(parseNewsroomLocalTime('2026-04-26T09:30:15', 'UTC')).toBe(utc('2026-04-26T09:30:15Z'));
  });

  it('reads Jakarta time as seven hours ahead of UTC', () => {
    expect(parseNewsroomLocalTime('2019-04-26T00:00', 'Asia/Jakarta')).toBe(utc('2019-04-25T17:00:00Z'));
  });

  it('reads London time as GMT in winter and BST in summer', () => {
    expect(parseNewsroomLocalTime('2026-01-15T12:00', 'Europe/London')).toBe(utc('2026-01-15T12:00:00Z'));
    expect(parseNewsroomLocalTime('2026-07-15T12:00', 'Europe/London')).toBe(utc('2026-07-15T11:00:00Z'));
  });

  it('handles the hours around the spring-forward change in London', () => {
    // Clocks go from 01:00 GMT to 02:00 BST on 29 March 2026.
    expect(parseNewsroomLocalTime('2026-03-29T00:30', 'Europe/London')).toBe(utc('2026-03-29T00:30:00Z'));
    expect(parseNewsroomLocalTime('2026-03-29T02:30', 'Europe/London')).toBe(utc('2026-03-29T01:30:00Z'));
    // 01:30 never happens on that night: it is moved forward by the gap, to 02:30 BST.
    expect(parseNewsroomLocalTime('2026-03-29T01:30', 'Europe/London')).toBe(utc('2026-03-29T01:30:00Z'));
  });

  it('takes the first of the two 01:30s when London clocks go back', () => {
    // Clocks go from 02:00 BST back to 01:00 GMT on 25 October 2026.
    expect(parseNewsroomLocalTime('2026-10-25T01:30', 'Europe/London')).toBe(utc('2026-10-25T00:30:00Z'));
    expect(parseNewsroomLocalTime('2026-10-25T02:30', 'Europe/London')).toBe(utc('2026-10-25T02:30:00Z'));
    expect(parseNewsroomLocalTime('2026-10-25T00:30', 'Europe/London')).toBe(utc('2026-10-24T23:30:00Z'));
  });

  it('refuses text that is not a date and time', () => {
    for (const bad of [
      '',
      'tomorrow',
      '26/04/2026 09:30',
      '2026-04-26',
      '2026-13-01T09:30',
      '2026-02-30T09:30',
      '2026-04-26T24:00',
      '2026-04-26T09:60',
    ])
      expect(parseNewsroomLocalTime(bad, 'UTC'), bad).toBeNull();
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseNewsroomLocalTime('2028-02-29T10:00', 'UTC')).toBe(utc('2028-02-29T10:00:00Z'));
    expect(parseNewsroomLocalTime('2027-02-29T10:00', 'UTC')).toBeNull();
  });
});

describe('formatNewsroomLocalInput', () => {
  it('is the inverse of parsing, in each zone', () => {
    for (const zone of ['UTC', 'Asia/Jakarta', 'Europe/London']) {
      for (const text of ['2026-01-15T12:00', '2026-07-15T23:45', '2019-04-26T00:00']) {
        const ms = parseNewsroomLocalTime(text, zone)!;
        expect(formatNewsroomLocalInput(ms, zone)).toBe(text);
      }
    }
  });

  it('shows midnight as 00, not 24', () => {
    expect(formatNewsroomLocalInput(utc('2026-04-25T17:00:00Z'), 'Asia/Jakarta')).toBe('2026-04-26T00:00');
  });
});

import { describe, expect, it } from 'vitest';
import { formatPublishDate, formatShortDate } from '@/components/dates';

// 17:00 UTC on Thursday 25 April 2019 is midnight on Friday 26 April in Jakarta.
const INSTANT = Date.parse('2019-04-25T17:00:00Z');

describe('dates in the page’s language, on the newsroom’s clock', () => {
  it('keeps the seed’s English exactly', () => {
    expect(formatPublishDate(INSTANT, 'Asia/Jakarta', 'en')).toBe('Friday, 26 April 2019 00:00');
    expect(formatPublishDate(INSTANT, 'Asia/Jakarta')).toBe('Friday, 26 April 2019 00:00');
    expect(formatShortDate(INSTANT, 'Asia/Jakarta')).toBe('26 April 2019');
  });

  it('names the weekday and month in Bahasa Indonesia', () => {
    expect(formatPublishDate(INSTANT, 'Asia/Jakarta', 'id')).toBe('Jumat, 26 April 2019 00:00');
    expect(formatShortDate(Date.parse('2019-08-17T03:00:00Z'), 'Asia/Jakarta', 'id')).toBe('17 Agustus 2019');
  });

  it('names them in Arabic, with the Arabic comma and Latin digits', () => {
    expect(formatPublishDate(INSTANT, 'Asia/Jakarta', 'ar')).toBe('الجمعة، 26 أبريل 2019 00:00');
    expect(formatShortDate(INSTANT, 'Asia/Jakarta', 'ar')).toBe('26 أبريل 2019');
  });

  it('moves with the timezone: the same instant is still Thursday in London and in Cairo', () => {
    expect(formatPublishDate(INSTANT, 'Europe/London', 'en')).toBe('Thursday, 25 April 2019 18:00');
    expect(formatPublishDate(INSTANT, 'Africa/Cairo', 'ar')).toBe('الخميس، 25 أبريل 2019 19:00');
    expect(formatPublishDate(INSTANT, 'UTC', 'id')).toBe('Kamis, 25 April 2019 17:00');
  });

  it('writes a language without shipped messages in English, like the rest of its page', () => {
    expect(formatPublishDate(INSTANT, 'Asia/Jakarta', 'fr')).toBe('Friday, 26 April 2019 00:00');
  });
});

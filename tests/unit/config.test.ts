import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { databasePath, dataDir, newsroomTimeZone } from '@/lib/config';

afterEach(() => {
  process.env.NEWSROOM_TIMEZONE = 'UTC';
});

describe('newsroomTimeZone', () => {
  it('accepts an IANA name', () => {
    process.env.NEWSROOM_TIMEZONE = 'Asia/Jakarta';
    expect(newsroomTimeZone()).toBe('Asia/Jakarta');
  });

  it('defaults to UTC when unset', () => {
    delete process.env.NEWSROOM_TIMEZONE;
    expect(newsroomTimeZone()).toBe('UTC');
  });

  it('refuses a name Intl does not know, saying which setting is wrong', () => {
    process.env.NEWSROOM_TIMEZONE = 'Asia/Jkt';
    expect(() => newsroomTimeZone()).toThrow(/NEWSROOM_TIMEZONE="Asia\/Jkt" is not a timezone name/);
  });
});

describe('the database file', () => {
  it('is readable only by its owner, and so are its WAL files', () => {
    getDb();
    const mode = (file: string) => statSync(file).mode & 0o777;
    expect(mode(databasePath())).toBe(0o600);
    expect(mode(`${databasePath()}-wal`)).toBe(0o600);
    expect(path.dirname(databasePath())).toBe(dataDir());
  });
});

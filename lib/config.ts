import 'server-only';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? 'data');
}

export function databasePath(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? path.join(dataDir(), 'newsroom.db'),
  );
}

export function uploadsDir(): string {
  return path.join(dataDir(), 'uploads');
}

/** The newsroom's IANA timezone; a name Intl does not know stops the server with a clear message. */
export function newsroomTimeZone(): string {
  const zone = process.env.NEWSROOM_TIMEZONE || 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(
      `NEWSROOM_TIMEZONE="${zone}" is not a timezone name Node knows; use an IANA name such as Asia/Jakarta or Europe/London.`,
    );
  }
  return zone;
}

/**
 * How many days address hashes (votes, sign-in attempts, sign-in audit entries) are kept before
 * they are cleared (issue 12, item 8). At least a day: the burst and shared-address flags look
 * back 24 hours, and a shorter window would blind moderation to what is happening now.
 */
export function addressRetentionDays(): number {
  const raw = process.env.NEWSROOM_ADDRESS_RETENTION_DAYS?.trim() || '90';
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || days < 1 || days > 36_500) {
    throw new Error(
      `NEWSROOM_ADDRESS_RETENTION_DAYS="${raw}" must be a whole number of days from 1 to 36500 (default 90).`,
    );
  }
  return days;
}

let cachedSecret: string | undefined;

/**
 * The one app secret (cookie signing, Auth.js, address hashing). An environment variable wins;
 * otherwise it is generated on first start into data/, readable only by its owner (DESIGN.md §7).
 */
export function appSecret(): string {
  if (cachedSecret) return cachedSecret;
  const fromEnv = process.env.NEWSROOM_SECRET || process.env.AUTH_SECRET;
  if (fromEnv) return (cachedSecret = fromEnv);
  const file = path.join(dataDir(), 'secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir(), { recursive: true, mode: 0o700 });
    try {
      // 'wx' fails if another process won the race; then we read theirs.
      writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
  }
  return (cachedSecret = readFileSync(file, 'utf8').trim());
}

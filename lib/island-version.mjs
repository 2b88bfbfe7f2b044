// The version of a reader's island (public/islands/), a hash of its content: the page links it as
// `?v=<version>` (lib/islands.ts) and next.config.mjs lets browsers and nginx keep exactly that address
// for a year. An address with any other version (a page cached before a deploy asking for the old
// one) is answered with the new file and no such promise, so no old address holds new code for a year.
// Plain JavaScript because next.config.mjs reads it before TypeScript is in play.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A short, URL-safe hash of a file's bytes. */
export function contentVersion(bytes) {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 12);
}

/** Every island in `dir` with its version. */
export function islandVersions(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, version: contentVersion(readFileSync(path.join(dir, name))) }));
}

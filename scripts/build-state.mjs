// Decides whether the production build is older than the sources, so `npm start` builds only when needed.
// tsconfig.json is left out: `next build` itself rewrites it (adding its output folder's types).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'db',
  'lib',
  'public',
  'auth.ts',
  'auth.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.mjs',
  'package-lock.json',
];

export function distDir() {
  return process.env.NEXT_DIST_DIR || '.next';
}

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function buildIsCurrent() {
  const buildId = path.join(distDir(), 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.every((s) => newestMtime(s) <= built);
}

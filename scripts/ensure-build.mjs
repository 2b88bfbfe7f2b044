// Runs `next build` when the sources changed since the last build.
import { spawnSync } from 'node:child_process';
import { buildIsCurrent, distDir } from './build-state.mjs';

export function ensureBuild() {
  if (buildIsCurrent()) return;
  console.log(`Building Newsroom into ${distDir()} (sources changed since the last build)…`);
  const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild();

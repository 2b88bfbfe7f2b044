// `npm start`: build if needed, then serve. Migrations, the secret and demo content are handled by
// instrumentation.ts when the server starts, so this works on a fresh machine with no environment.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';

ensureBuild();
const port = process.env.PORT || '3000';
// The preload exposes the socket address to route handlers (see scripts/peer-address.cjs).
const preload = `--require ${JSON.stringify(fileURLToPath(new URL('./peer-address.cjs', import.meta.url)))}`;
const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ') };
const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

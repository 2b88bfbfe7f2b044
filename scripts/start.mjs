// `npm start`: build if needed, then serve. Migrations, the secret and demo content are handled by
// instrumentation.ts when the server starts, so this works on a fresh machine with no environment.
import { spawn } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';

ensureBuild();
const port = process.env.PORT || '3000';
const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

// `npm start`: build if needed, then serve with one process per CPU core on one port (WEB_CONCURRENCY
// overrides; 1 serves from this very process, as before). Migrations, the secret and demo content are
// handled by instrumentation.ts when a server process starts, so this works on a fresh machine.
//
// Node's cluster module rather than a process manager (README "Production"): it is part of Node, the
// port is shared by the primary handing connections to workers in turn, and systemd (deploy/) already
// supervises the whole. The primary only supervises: it starts the first worker alone, so that one
// process migrates and seeds a fresh database (drizzle's migrator is not safe to run twice at once),
// then the others; it replaces a worker that dies, and on SIGTERM lets every worker drain.
import cluster from 'node:cluster';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';

const serve = fileURLToPath(new URL('./serve.mjs', import.meta.url));

function workerCount() {
  const raw = process.env.WEB_CONCURRENCY;
  if (raw === undefined || raw === '') return os.availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`WEB_CONCURRENCY must be a whole number of processes, 1 or more (got "${raw}").`);
    process.exit(1);
  }
  return n;
}

ensureBuild();
const count = workerCount();

if (count === 1) {
  await import(serve);
} else {
  cluster.setupPrimary({ exec: serve });
  let stopping = false;

  const startWorker = () => {
    const worker = cluster.fork();
    worker.once('listening', () => (worker.listened = true));
    return worker;
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!worker.listened) {
      // It never served: a configuration or build problem that a restart would only repeat.
      console.error(`Newsroom: a server process failed to start (exit ${code ?? signal}); stopping.`);
      return stop('SIGTERM', 1);
    }
    console.error(
      `Newsroom: server process ${worker.process.pid} died (${signal ?? `exit ${code}`}); replacing it.`,
    );
    startWorker();
  });

  function stop(signal, exitCode = 0) {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker.process.kill(signal);
    process.exitCode = exitCode;
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));

  startWorker().once('listening', () => {
    for (let i = 1; i < count && !stopping; i++) startWorker();
  });
}

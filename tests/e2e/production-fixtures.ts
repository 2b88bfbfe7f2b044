// The production spec's machinery: server processes of its own on one data folder (scripts/serve.mjs,
// the worker entry `npm start` runs once per core), a Redis of its own, and Debian's nginx running the
// shipped deploy/ configuration, all on free loopback ports and stopped by the spec.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Proc = { url: string; stop: () => Promise<void> };

// Debian puts them in sbin/bin; a non-root PATH may lack /usr/sbin.
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
const REDIS = existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : 'redis-server';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

export function tempDir(name: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `newsroom-${name}-`));
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; ;) {
    try {
      if (await check()) return;
    } catch {}
    if (Date.now() > deadline) throw new Error(`${what} did not come up.`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
}

/** One server process (the same build the suite runs), on its own port and the given data folder. */
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      DATA_DIR: dataDir,
      NEWSROOM_E2E: '1',
      NEWSROOM_TIMEZONE: 'UTC',
      AUTH_SECRET: '',
      NEWSROOM_SECRET: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Auth.js builds redirects from localhost, so the browser uses it rather than 127.0.0.1.
  const url = `http://localhost:${port}`;
  await waitUntil(async () => (await fetch(`${url}/robots.txt`)).ok, `The server on ${url}`);
  return { url, stop: stopper(child) };
}

/** A Redis of the spec's own: in memory only, on a free loopback port. */
export async function startRedis(): Promise<Proc> {
  const port = await freePort();
  const child = spawn(
    REDIS,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  await waitUntil(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
        socket.on('error', () => resolve(false));
      }),
    'redis-server',
  );
  return { url, stop: stopper(child) };
}

/**
 * Debian's nginx with deploy/nginx-newsroom.conf as shipped, except what a test must change: the
 * port it listens on, the app's address and the cache folder (all under a temporary prefix, run in
 * the foreground with -p and -c, so nothing of the machine's own nginx is touched).
 */
export async function startNginx(appUrl: string): Promise<Proc> {
  const appPort = new URL(appUrl).port;
  return runNginx((port, prefix) =>
    readFileSync('deploy/nginx-newsroom.conf', 'utf8')
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replace('listen [::]:80;', '')
      .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`)
      .replace('/var/cache/nginx/newsroom', path.join(prefix, 'cache')),
  );
}

/** nginx serving the files of `root` as they are, the bench's yardstick for a page served statically. */
export function startStaticNginx(root: string): Promise<Proc> {
  return runNginx(
    (port) => `server {
  listen 127.0.0.1:${port};
  root ${root};
  default_type text/html;
  location / { try_files $uri $uri/index.html =404; }
}
`,
  );
}

/** Runs nginx in the foreground on a free port under a temporary prefix, with `site(port, prefix)` as its one site. */
async function runNginx(site: (port: number, prefix: string) => string): Promise<Proc> {
  const port = await freePort();
  const prefix = tempDir('nginx');
  mkdirSync(path.join(prefix, 'logs'));
  writeFileSync(path.join(prefix, 'site.conf'), site(port, prefix));
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    // As root, nginx would run its workers as nobody, who cannot enter the private temporary prefix.
    `daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/tmp-body;
  proxy_temp_path ${prefix}/tmp-proxy;
  fastcgi_temp_path ${prefix}/tmp-fastcgi;
  uwsgi_temp_path ${prefix}/tmp-uwsgi;
  scgi_temp_path ${prefix}/tmp-scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${url}/robots.txt`)).status < 500, 'nginx');
  const stop = stopper(child);
  return {
    url,
    stop: async () => {
      await stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** Whether Debian's nginx is on this machine (the bench leaves its rows out when it is not). */
export function nginxInstalled(): boolean {
  return (
    existsSync('/usr/sbin/nginx') ||
    !!process.env.PATH?.split(':').some((d) => existsSync(path.join(d, 'nginx')))
  );
}

export type Editor = { email: string; password: string };

/** An editor made with the operator's CLI, as a newsroom would. */
export function createEditor(dataDir: string, env: Record<string, string> = {}): Editor {
  const id = randomBytes(4).toString('hex');
  const editor = { email: `editor-${id}@e2e.test`, password: `pw-${randomBytes(8).toString('hex')}` };
  execFileSync(
    'npx',
    [
      'tsx',
      '--conditions=react-server',
      'scripts/user.ts',
      'add',
      '--email',
      editor.email,
      '--name',
      `Editor ${id}`,
      '--full-name',
      `Editor ${id} Tester`,
      '--role',
      'editor',
    ],
    { input: `${editor.password}\n`, env: { ...process.env, ...env, DATA_DIR: dataDir }, stdio: 'pipe' },
  );
  return editor;
}

export type Story = { id: number; slug: string; title: string };

/** A published article written straight into the database (by its first author). */
export function insertStory(dataDir: string): Story {
  const db = new Database(path.join(dataDir, 'newsroom.db'));
  try {
    db.pragma('busy_timeout = 5000');
    const tag = randomBytes(4).toString('hex');
    const { id: authorId } = db.prepare('SELECT id FROM users ORDER BY id LIMIT 1').get() as { id: number };
    return db
      .prepare(
        "INSERT INTO articles (slug, title, summary, body, author_id, status, published_at) VALUES (?, ?, 'A summary.', '<p>The tide came in.</p>', ?, 'published', ?) RETURNING id, slug, title",
      )
      .get(`tide-${tag}`, `Tide tables ${tag}`, authorId, Date.now() - 60_000) as Story;
  } finally {
    db.close();
  }
}

/** The h1 of a page, or its status when it is not a 200. */
export async function headline(url: string): Promise<{ status: number; h1: string; cache?: string }> {
  const res = await fetch(url);
  const html = await res.text();
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, '') ?? '';
  return { status: res.status, h1, cache: res.headers.get('x-nextjs-cache') ?? undefined };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A server process whose exit the test awaits itself (for SIGTERM and crash behaviour). */
export async function spawnWatched(
  script: 'scripts/serve.mjs' | 'scripts/start.mjs',
  dataDir: string,
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, PORT: String(port), DATA_DIR: dataDir, NEWSROOM_TIMEZONE: 'UTC' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://localhost:${port}`;
  await waitUntil(async () => (await fetch(`${url}/robots.txt`)).ok, `The server on ${url}`);
  return { url, child, output: () => output };
}

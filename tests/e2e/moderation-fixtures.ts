// Shared by the moderation, stats and concurrency specs: their own articles (inserted into the test
// server's database), readers as plain HTTP clients, and read-only SQL on the file. A server of a
// spec's own is started by own-server.ts.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';

/** A running test server: where it answers and where its data lives. */
export type Server = { baseURL: string; dataDir: string };

export const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/** The server playwright.config.ts started for every spec. */
export function sharedServer(): Server {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error('E2E_DATA_DIR is not set: run this through playwright.config.ts.');
  return { baseURL: `http://localhost:${process.env.E2E_PORT}`, dataDir };
}

/** A journalist to write the test articles, made with the operator's CLI. */
export function addAuthor(server: Server = sharedServer()): string {
  const email = `author-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.test`;
  execFileSync(
    'npx',
    [
      'tsx',
      '--conditions=react-server',
      'scripts/user.ts',
      'add',
      '--email',
      email,
      '--name',
      'Load Author',
      '--full-name',
      'Load Test Author',
      '--role',
      'journalist',
    ],
    {
      input: 'load-test-password-1234\n',
      env: { ...process.env, DATA_DIR: server.dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  return email;
}

/**
 * Publishes an article by `authorEmail`, inserted straight into the server's database. It has no
 * section and is dated 2011, so it sorts after every demo article and never shows up on the cached
 * first pages (front, sections) that other specs compare with the database.
 */
export function importArticle(
  title: string,
  authorEmail: string,
  server: Server = sharedServer(),
): { id: number; slug: string } {
  const slug = `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${Math.random().toString(36).slice(2, 8)}`;
  const db = new Database(path.join(server.dataDir, 'newsroom.db'), { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    const author = db.prepare('SELECT id FROM users WHERE email = ?').get(authorEmail) as
      { id: number } | undefined;
    if (!author) throw new Error(`No staff account ${authorEmail}.`);
    const row = db
      .prepare(
        `INSERT INTO articles (slug, title, summary, body, author_id, status, published_at)
         VALUES (?, ?, 'Written for the moderation tests.', '<p>Readers rate this article; scripts try to.</p>', ?, 'published', ?)
         RETURNING id`,
      )
      .get(slug, title, author.id, Date.UTC(2011, 0, 3, 9, 0)) as { id: number };
    return { id: row.id, slug };
  } finally {
    db.close();
  }
}

/** Read-only SQL on the test server's database file (WAL lets us read while it writes). */
export function queryOne<T>(server: Server, statement: string, ...params: unknown[]): T {
  const db = new Database(path.join(server.dataDir, 'newsroom.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(statement).get(...params) as T;
  } finally {
    db.close();
  }
}

type ReaderOptions = { address?: string; cookie?: string | null; server?: Server };

function headers(options: ReaderOptions, extra: Record<string, string> = {}): Record<string, string> {
  const baseURL = (options.server ?? sharedServer()).baseURL;
  const h: Record<string, string> = {
    'User-Agent': BROWSER_UA,
    Accept: 'application/json',
    Origin: baseURL,
    ...extra,
  };
  // The test server trusts one proxy hop, so this stands for the address a proxy saw.
  if (options.address) h['X-Forwarded-For'] = options.address;
  if (options.cookie) h.Cookie = options.cookie;
  return h;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 2_000 });

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function post(
  baseURL: string,
  pathname: string,
  requestHeaders: Record<string, string>,
  body = '',
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseURL}${pathname}`,
      {
        method: 'POST',
        agent,
        headers: { ...requestHeaders, 'Content-Length': String(Buffer.byteLength(body)) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed while this process was busy (the CLI helpers block
      // the event loop): the request never reached the server, so sending it again is safe.
      if (request.reusedSocket && error.code === 'ECONNRESET')
        post(baseURL, pathname, requestHeaders, body).then(resolve, reject);
      else reject(error);
    });
    request.end(body);
  });
}

function cookieOf(answer: Answer, previous: string | null | undefined): string | null {
  const set = answer.headers['set-cookie']?.[0];
  return set ? set.split(';')[0] : (previous ?? null);
}

export type LiveAnswer = {
  views: number;
  ratingAverage: number;
  ratingCount: number;
  myVote: number | null;
  locked: boolean;
};

/** A page view's beacon. Without a cookie the server makes a new reader and returns its cookie. */
export async function sendView(articleId: number, options: ReaderOptions = {}) {
  const answer = await post(
    (options.server ?? sharedServer()).baseURL,
    `/api/articles/${articleId}/live`,
    headers(options),
  );
  return {
    status: answer.status,
    cookie: cookieOf(answer, options.cookie),
    body: JSON.parse(answer.body) as LiveAnswer & { error?: string },
  };
}

export async function sendVote(articleId: number, stars: number, options: ReaderOptions = {}) {
  const form = new URLSearchParams({ stars: String(stars) }).toString();
  const answer = await post(
    (options.server ?? sharedServer()).baseURL,
    `/api/articles/${articleId}/vote`,
    headers(options, { 'Content-Type': 'application/x-www-form-urlencoded' }),
    form,
  );
  const body = JSON.parse(answer.body) as { ratingCount?: number; ratingAverage?: number; error?: string };
  return {
    status: answer.status,
    cookie: cookieOf(answer, options.cookie),
    body,
    retryAfter: answer.headers['retry-after'] ?? null,
  };
}

/** Runs `tasks` with at most `limit` in flight. */
export async function inParallel<T>(
  count: number,
  limit: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

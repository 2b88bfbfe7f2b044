// The view beacon as `npm start` serves it: scripts/serve.mjs answers POST /api/articles/:id/live
// before Next (README "Counters that keep up"), so every behaviour of the route handler is checked
// here through the real server: the JSON shape, the reader cookie, the headers every response
// carries, and each refusal. A server of its own, with a tight per-reader view limit.
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { addAuthor, BROWSER_UA, importArticle, queryOne, sendView, type Server } from './moderation-fixtures';
import { startOwnServer } from './own-server';

let server: (Server & { stop: () => void }) | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startOwnServer({
    NEWSROOM_VIEW_LIMIT_PER_READER: '3/10m',
    NEWSROOM_VIEW_LIMIT_PER_ADDRESS: '1000000/1m',
    TRUSTED_PROXY_HOPS: '1',
  });
});

test.afterAll(() => server?.stop());

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * A raw POST on a connection of its own, so that headers such as a Content-Length that is never sent
 * reach the server as written (the server then waits for that body on that connection only).
 */
function rawPost(path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server!.baseURL}${path}`,
      { method: 'POST', headers, agent: false },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

const browser = (extra: Record<string, string> = {}) => ({
  'User-Agent': BROWSER_UA,
  Origin: server!.baseURL,
  ...extra,
});

test('a new reader gets the numbers, a signed cookie and the usual headers; the view is counted', async () => {
  const own = server!;
  const article = importArticle(`Live beacon shape ${Date.now().toString(36)}`, addAuthor(own), own);
  const answer = await rawPost(`/api/articles/${article.id}/live`, browser());
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toEqual({
    views: 1,
    ratingAverage: 0,
    ratingCount: 0,
    myVote: null,
    locked: false,
  });
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.headers['cache-control']).toBe('no-store');
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(answer.headers['x-request-id']).toBeTruthy();
  const cookie = answer.headers['set-cookie']?.[0] ?? '';
  expect(cookie).toMatch(/^nr_reader=[0-9a-f]{32}\.[\w-]+; /);
  expect(cookie).toContain('HttpOnly');
  expect(cookie).toContain('SameSite=Lax');
  expect(cookie).toContain('Max-Age=31536000');
  expect(cookie).not.toContain('Secure');
  expect(queryOne<{ views: number }>(own, 'SELECT views FROM articles WHERE id = ?', article.id).views).toBe(
    1,
  );

  // The same reader again: not counted, no new cookie, and their own vote (none) in the answer.
  const again = await rawPost(`/api/articles/${article.id}/live`, browser({ Cookie: cookie.split(';')[0] }));
  expect(JSON.parse(again.body).views).toBe(1);
  expect(again.headers['set-cookie']).toBeUndefined();
  // Behind the trusted proxy saying HTTPS, the cookie is Secure and HSTS is sent.
  const secure = await rawPost(`/api/articles/${article.id}/live`, browser({ 'X-Forwarded-Proto': 'https' }));
  expect(secure.headers['set-cookie']?.[0]).toContain('; Secure');
  expect(secure.headers['strict-transport-security']).toContain('max-age=');
});

test('refusals: unknown article 404, cross-site 403, a large body 413, past the limit 429, crawlers uncounted', async () => {
  const own = server!;
  const article = importArticle(`Live beacon refusals ${Date.now().toString(36)}`, addAuthor(own), own);
  const path = `/api/articles/${article.id}/live`;

  const unknown = await rawPost('/api/articles/987654321/live', browser());
  expect(unknown.status).toBe(404);
  expect(JSON.parse(unknown.body)).toEqual({ error: 'No published article has this id.' });
  expect(unknown.headers['set-cookie']).toBeUndefined();

  const crossSite = await rawPost(
    path,
    browser({ Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }),
  );
  expect(crossSite.status).toBe(403);

  const large = await rawPost(path, browser({ 'Content-Length': '20000000' }));
  expect(large.status).toBe(413);

  const crawler = await rawPost(path, {
    'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)',
    Origin: own.baseURL,
  });
  expect(crawler.status).toBe(200);
  expect(JSON.parse(crawler.body).views).toBe(0);
  expect(crawler.headers['set-cookie']).toBeUndefined();

  // The per-reader limit is 3 in 10 minutes here: the fourth beacon is refused with a wait.
  const first = await sendView(article.id, { server: own });
  for (let i = 0; i < 2; i++)
    expect((await sendView(article.id, { server: own, cookie: first.cookie })).status).toBe(200);
  const limited = await rawPost(path, browser({ Cookie: first.cookie! }));
  expect(limited.status).toBe(429);
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  expect(JSON.parse(limited.body).error).toMatch(/too fast/);

  expect(queryOne<{ views: number }>(own, 'SELECT views FROM articles WHERE id = ?', article.id).views).toBe(
    1,
  );
  // GET is not a view: it reaches Next's route, which answers 405.
  expect((await fetch(`${own.baseURL}${path}`)).status).toBe(405);
});

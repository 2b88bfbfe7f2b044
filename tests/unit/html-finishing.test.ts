// scripts/serve.mjs finishes shared HTML before it leaves (issue 12: a hash-based script policy on
// cached pages; issue 10: a readable 404 instead of Next's empty shell). Driven here through a real
// node:http server whose handler answers as Next does: status and headers first, then the body in
// chunks, sometimes gzipped.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { bufferHtml, decodeBody } from '@/scripts/buffered-html.mjs';
import { htmlFinishing } from '@/scripts/finish-html.mjs';
import { inlineScriptHashes, policyForHtml } from '@/scripts/inline-script-hashes.mjs';
import { isErrorShell } from '@/scripts/readable-not-found.mjs';
import { withoutFrameworkRuntime } from '@/scripts/reader-html.mjs';

const SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.x=1</script></body></html>';
const READABLE_404 =
  '<!DOCTYPE html><html lang="en"><body><h1>We could not find that page</h1><script>self.y=2</script></body></html>';
const HASHED =
  '<!DOCTYPE html><html><body><h1>Front</h1><script>alert(1)</script><script src="/_next/a.js"></script></body></html>';
// A reader's page as Next renders it: its island, its data, and the framework's runtime around them.
const PAGE =
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/s.css"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<link rel="preload" href="/_next/static/chunks/error.css" as="style"/>' +
  '<link rel="preload" href="/_next/static/media/serif.woff2" as="font" type="font/woff2" crossorigin=""/>' +
  '<script type="module" src="/islands/article.js?v=1" async=""></script>' +
  '<script src="/_next/static/chunks/a.js" async=""></script></head><body><h1>Front</h1>' +
  '<script type="application/ld+json">{"a":1}</script>' +
  '<script id="_R_">(globalThis.TURBOPACK=[]).push({})</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"0:x"])</script>' +
  '<script src="/_next/static/chunks/p.js" noModule=""></script></body></html>';
// The same page as it leaves: only the stylesheet, the island and the data are left.
const READER_PAGE =
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/s.css"/>' +
  '<link rel="preload" href="/_next/static/media/serif.woff2" as="font" type="font/woff2" crossorigin=""/>' +
  '<script type="module" src="/islands/article.js?v=1" async=""></script>' +
  '</head><body><h1>Front</h1><script type="application/ld+json">{"a":1}</script></body></html>';

type Route = (req: IncomingMessage, res: ServerResponse) => void;
// The compression middleware Next wraps its responses in (next.config.mjs leaves `compress` on).
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;
const servers: http.Server[] = [];

/** A server answering `routes` by path, wrapped as scripts/serve.mjs wraps Next's handler. */
async function serve(routes: Record<string, Route>) {
  const warnings: string[] = [];
  const log = { warn: (_fields: object, message: string) => warnings.push(message) };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const route = routes[req.url!.split('?')[0]];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('none');
  };
  const server = http.createServer();
  const address = () => ({ host: '127.0.0.1', port: (server.address() as AddressInfo).port });
  server.on('request', bufferHtml(handle, htmlFinishing(address, log)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${address().port}`, warnings };
}

/** Answers `html` in chunks written over several turns of the event loop, as a streamed render does. */
function chunked(status: number, html: string, headers: Record<string, string> = {}): Route {
  return async (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    const size = Math.ceil(html.length / 4);
    for (let at = 0; at < html.length - size; at += size) {
      res.write(at === 0 ? html.slice(at, at + size) : Buffer.from(html.slice(at, at + size)));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    res.end(html.slice(Math.floor((html.length - 1) / size) * size));
  };
}

function gzipped(status: number, html: string): Route {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync(html));
  };
}

async function get(url: string) {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe('inline script hashes', () => {
  it('hashes each distinct inline script once and leaves out scripts with src and empty ones', () => {
    const html = `${HASHED}<script type="application/ld+json">{"a":1}</script><script>alert(1)</script><script></script>`;
    expect(inlineScriptHashes(html)).toEqual([
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
      expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/),
    ]);
  });

  it('gives a policy with those hashes and no unsafe-inline for scripts', () => {
    const policy = policyForHtml(HASHED);
    expect(policy).toMatch(/script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF\+pI='(;|$)/);
    expect(/script-src ([^;]*)/.exec(policy)![1]).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('tells Next’s error shell from a page', () => {
    expect(isErrorShell(SHELL)).toBe(true);
    expect(isErrorShell(READABLE_404)).toBe(false);
    expect(isErrorShell(HASHED)).toBe(false);
  });
});

describe('a reader’s page without the framework’s runtime', () => {
  it('removes Next’s scripts, payload and script preloads and keeps the island, data and styles', () => {
    expect(withoutFrameworkRuntime(PAGE)).toBe(READER_PAGE);
  });

  it('keeps a page whole whose Suspense boundary React’s own scripts still have to finish', () => {
    for (const marker of ['<!--$?--><template id="B:0"></template>', '<!--$!--><template></template>']) {
      const unfinished = PAGE.replace('<h1>', `${marker}<h1>`);
      expect(withoutFrameworkRuntime(unfinished), marker).toBe(unfinished);
    }
    // A finished boundary needs nothing from them.
    const finished = PAGE.replace('<h1>', '<!--$--><!--/$--><h1>');
    expect(withoutFrameworkRuntime(finished)).toBe(READER_PAGE.replace('<h1>', '<!--$--><!--/$--><h1>'));
  });
});

describe('finishing HTML on its way out', () => {
  it('sends a reader’s page without the framework’s runtime, whole, with its length and policy', async () => {
    const { url } = await serve({ '/': chunked(200, PAGE) });
    const response = await get(`${url}/`);
    expect(response.status).toBe(200);
    expect(response.text).toBe(READER_PAGE);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(READER_PAGE)));
    expect(response.headers.get('content-security-policy')).toBe(policyForHtml(READER_PAGE));
  });

  it('sends a copy it has seen (same ETag) as it finished it the first time', async () => {
    let answers = 0;
    // The second body differs only to show it is not read again: one ETag is one body in Next.
    const route: Route = (req, res) =>
      chunked(200, answers++ === 0 ? PAGE : PAGE.replace('Front', 'Other'), { etag: '"page-1"' })(req, res);
    const { url } = await serve({ '/': route });
    const first = await get(`${url}/`);
    const second = await get(`${url}/`);
    expect(answers).toBe(2);
    expect(first.text).toBe(READER_PAGE);
    expect(second.text).toBe(READER_PAGE);
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(READER_PAGE)));
    expect(second.headers.get('content-security-policy')).toBe(policyForHtml(READER_PAGE));
  });

  it('reads a gzipped page to hash it and sends it still gzipped', async () => {
    const { url } = await serve({ '/articles/a': gzipped(200, PAGE) });
    const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve) =>
      http.get(`${url}/articles/a`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res
          .on('data', (c) => chunks.push(c))
          .on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }),
    );
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(decodeBody(raw.body, 'gzip')).toBe(READER_PAGE);
    expect(raw.headers['content-security-policy']).toBe(policyForHtml(READER_PAGE));
  });

  it('keeps Next’s gzip stream whole, held or passed through, however long the page', async () => {
    // Text gzip cannot shrink much, so the compressed stream flows before the page ends.
    const story = randomBytes(150_000).toString('base64');
    const long = PAGE.replace('<h1>', `<p>${story}</p><h1>`);
    const compressed =
      (route: Route): Route =>
      (req, res) =>
        compression()(req, res, () => route(req, res));
    const { url } = await serve({
      '/': compressed(chunked(200, long)),
      '/sections/world': compressed(chunked(200, long)),
    });
    for (const path of ['/', '/sections/world']) {
      const response = await fetch(`${url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(await response.text(), path).toBe(READER_PAGE.replace('<h1>', `<p>${story}</p><h1>`));
    }
  });

  it('replaces the 404 shell of a public page with the readable 404 page, keeping the status', async () => {
    const { url } = await serve({
      '/_not-found': chunked(404, READABLE_404),
      '/articles/gone': gzipped(404, SHELL),
      '/sections/gone': chunked(404, SHELL),
    });
    for (const path of ['/articles/gone', '/sections/gone']) {
      const response = await get(`${url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.text, path).toContain('We could not find that page');
      // Plain HTML, as every reader's page: its scripts were for /_not-found, not this address, anyway.
      expect(response.text, path).not.toContain('<script');
      expect(response.headers.get('content-security-policy'), path).toBe(
        policyForHtml(withoutFrameworkRuntime(READABLE_404)),
      );
    }
  });

  it('under an edition’s prefix, swaps the shell for that edition’s 404 page, itself answered 404', async () => {
    const ARABIC_404 =
      '<!DOCTYPE html><html lang="ar" dir="rtl"><body><h1>لم نعثر على هذه الصفحة</h1></body></html>';
    const { url } = await serve({
      '/_not-found': chunked(404, READABLE_404),
      // Next renders an edition's 404 page as an ordinary page, with status 200.
      '/ar/_not-found': chunked(200, ARABIC_404),
      '/ar/articles/gone': gzipped(404, SHELL),
      '/ar/sections/gone': chunked(404, SHELL),
      // A prefix that is no edition: its 404 page is a shell too.
      '/xx/_not-found': chunked(404, SHELL),
      '/xx/articles/gone': chunked(404, SHELL),
    });
    for (const path of ['/ar/articles/gone', '/ar/sections/gone']) {
      const response = await get(`${url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.text, path).toBe(ARABIC_404);
      expect(response.headers.get('content-security-policy'), path).toBe(policyForHtml(ARABIC_404));
    }
    const own = await get(`${url}/ar/_not-found`);
    expect(own.status).toBe(404);
    expect(own.text).toBe(ARABIC_404);
    expect((await fetch(`${url}/ar/_not-found`, { method: 'HEAD' })).status).toBe(404);
    const unknown = await get(`${url}/xx/articles/gone`);
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('We could not find that page');
  });

  it('under an edition’s prefix, swaps the default edition’s 404 page (no route matched) for the edition’s', async () => {
    const ARABIC_404 =
      '<!DOCTYPE html><html lang="ar" dir="rtl"><body><h1>لم نعثر على هذه الصفحة</h1><script>self.z=3</script></body></html>';
    const { url } = await serve({
      '/_not-found': chunked(404, READABLE_404),
      '/ar/_not-found': chunked(200, ARABIC_404),
      // What Next answers for an address no route matches: the root 404 page, in the default edition.
      '/ar/no/such/page': chunked(404, READABLE_404),
      '/nothing/here': chunked(404, READABLE_404),
    });
    const swapped = await get(`${url}/ar/no/such/page`);
    expect(swapped.status).toBe(404);
    expect(swapped.text).toBe(withoutFrameworkRuntime(ARABIC_404));
    // The default edition's own unmatched address keeps its page.
    expect((await get(`${url}/nothing/here`)).text).toBe(withoutFrameworkRuntime(READABLE_404));
  });

  it('leaves the newsroom’s pages, non-HTML and error pages as the handler sent them', async () => {
    const { url } = await serve({
      '/_not-found': chunked(404, READABLE_404),
      '/newsroom/x': chunked(404, SHELL, { 'content-security-policy': "script-src 'nonce-abc'" }),
      '/sections/world': chunked(200, PAGE, { 'content-security-policy': "script-src 'nonce-def'" }),
      '/feed.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'),
      // app/error.tsx's "Try again" is the client's: an error page keeps its runtime.
      '/articles/broken': chunked(500, PAGE),
    });
    const newsroom = await get(`${url}/newsroom/x`);
    expect(newsroom.text).toBe(SHELL);
    expect(newsroom.headers.get('content-security-policy')).toBe("script-src 'nonce-abc'");
    // A reader's page rendered per request loses the runtime too, and keeps its nonce policy.
    const section = await get(`${url}/sections/world`);
    expect(section.text).toBe(READER_PAGE);
    expect(section.headers.get('content-security-policy')).toBe("script-src 'nonce-def'");
    const broken = await get(`${url}/articles/broken`);
    expect(broken.status).toBe(500);
    expect(broken.text).toBe(PAGE);
    expect(broken.headers.get('content-security-policy')).toBe(policyForHtml(PAGE));
    const feed = await get(`${url}/feed.xml`);
    expect(feed.text).toBe('<rss/>');
    expect(feed.headers.get('content-security-policy')).toBeNull();
  });

  it('sends no policy with a 304, so the browser keeps the one that came with its copy', async () => {
    const notModified: Route = (_req, res) => {
      res.setHeader('content-security-policy', "script-src 'self'");
      res.writeHead(304, { etag: '"abc"' }).end();
    };
    const { url } = await serve({ '/articles/a': notModified, '/newsroom/a': notModified });
    const cached = await fetch(`${url}/articles/a`);
    expect(cached.status).toBe(304);
    expect(cached.headers.get('etag')).toBe('"abc"');
    expect(cached.headers.get('content-security-policy')).toBeNull();
    const perRequest = await fetch(`${url}/newsroom/a`);
    expect(perRequest.headers.get('content-security-policy')).toBe("script-src 'self'");
  });

  it('sends the shell and says why when the readable page cannot be had', async () => {
    const { url, warnings } = await serve({ '/articles/gone': chunked(404, SHELL) });
    const response = await get(`${url}/articles/gone`);
    expect(response.status).toBe(404);
    expect(response.text).toBe(SHELL);
    expect(warnings).toEqual(['the readable 404 page could not be fetched; sending the shell']);
  });
});

// bench/page-scripts.ts counts what the JavaScript figures in README "Speed" rest on: the module scripts a
// page loads, as sent over a real HTTP connection (gzip where the server compresses), never the
// noModule polyfills, each script once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePageScripts, scriptSources } from '@/bench/page-scripts';

const APP = 'export const app = 1;'.repeat(200);
const RUNTIME = 'self.runtime = true;'.repeat(50);
const POLYFILLS = 'polyfill();'.repeat(500);

const HTML = `<!DOCTYPE html><html><head>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script src="/_next/static/chunks/app.js" async=""></script>
</head><body><p>Hello</p>
<script>self.__next_f.push([1, "inline"])</script>
<script src="/_next/static/chunks/runtime.js?v=1&amp;x=2" async=""></script>
<script src="/_next/static/chunks/app.js" async=""></script>
</body></html>`;

let server: http.Server;
let base = '';

beforeAll(async () => {
  const files: Record<string, string> = {
    '/page': HTML,
    '/_next/static/chunks/app.js': APP,
    '/_next/static/chunks/runtime.js?v=1&x=2': RUNTIME,
    '/_next/static/chunks/polyfills.js': POLYFILLS,
  };
  server = http.createServer((req, res) => {
    const body = files[req.url ?? ''];
    if (body === undefined) return res.writeHead(404).end();
    // Scripts gzipped as Next sends them; the runtime plain, as a server that does not compress would.
    if (req.url === '/_next/static/chunks/app.js' && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(body));
      return;
    }
    res.writeHead(200).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('JavaScript bytes per page', () => {
  it('lists each external module script once, in order, without noModule ones or inline scripts', () => {
    expect(scriptSources(HTML)).toEqual([
      '/_next/static/chunks/app.js',
      '/_next/static/chunks/runtime.js?v=1&x=2',
    ]);
  });

  it('adds up the bytes as sent: gzip where the server compressed, plain where it did not', async () => {
    const measured = await measurePageScripts(`${base}/page`);
    const appGzip = zlib.gzipSync(APP).length;
    expect(measured.chunks).toEqual([
      { src: '/_next/static/chunks/app.js', gzipBytes: appGzip, rawBytes: APP.length },
      { src: '/_next/static/chunks/runtime.js?v=1&x=2', gzipBytes: RUNTIME.length, rawBytes: RUNTIME.length },
    ]);
    expect(measured.gzipBytes).toBe(appGzip + RUNTIME.length);
    expect(measured.rawBytes).toBe(APP.length + RUNTIME.length);
  });

  it('refuses to count a page or a script that did not load', async () => {
    await expect(measurePageScripts(`${base}/missing`)).rejects.toThrow('answered 404');
  });
});

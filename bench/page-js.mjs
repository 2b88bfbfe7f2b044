// The JavaScript a page makes a browser download: every <script src> in the page's HTML, summed raw and
// gzip-compressed (level 9), plus the compressed size of its inline scripts (the RSC payload), apart.
// Against a running server: `node bench/page-js.mjs http://localhost:3000/articles/<slug>`.
import { gzipSync } from 'node:zlib';

const url = process.argv[2];
if (!url) throw new Error('usage: node bench/page-js.mjs <page URL>');
const html = await (await fetch(url)).text();
const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
let rawBytes = 0;
let gzipBytes = 0;
for (const src of sources) {
  const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
  rawBytes += body.length;
  gzipBytes += gzipSync(body, { level: 9 }).length;
}
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .join('');
const inlineGzipBytes = gzipSync(Buffer.from(inline), { level: 9 }).length;
console.log(JSON.stringify({ url, scripts: sources.length, rawBytes, gzipBytes, inlineGzipBytes }));

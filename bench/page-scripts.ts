// JavaScript bytes per page: every module script the page's HTML loads, fetched the way a browser
// asks for it (gzip accepted) and counted as sent on the wire. The noModule polyfills are left out:
// no browser that runs modules downloads them.
import http from 'node:http';
import zlib from 'node:zlib';

export type PageScripts = {
  /** Compressed bytes as sent (the server's gzip). */
  gzipBytes: number;
  /** The same scripts uncompressed. */
  rawBytes: number;
  chunks: { src: string; gzipBytes: number; rawBytes: number }[];
};

const SCRIPT_TAG = /<script\b([^>]*)>/gi;
const SRC = /\ssrc="([^"]+)"/i;

/** The src of every external script the HTML loads as a module-capable browser would. */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [, attributes] of html.matchAll(SCRIPT_TAG)) {
    if (/\snomodule\b/i.test(attributes)) continue;
    const src = SRC.exec(attributes)?.[1];
    if (src) sources.add(src.replace(/&amp;/g, '&'));
  }
  return [...sources];
}

/** GET with gzip accepted; answers the bytes as they came over the wire and decoded. */
function fetchAsSent(url: string): Promise<{ wire: Buffer; raw: Buffer; status: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => {
          const wire = Buffer.concat(parts);
          const raw = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(wire) : wire;
          resolve({ wire, raw, status: res.statusCode ?? 0 });
        });
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Fetches the page, then each of its scripts, and adds them up. */
export async function measurePageScripts(pageUrl: string): Promise<PageScripts> {
  const page = await fetchAsSent(pageUrl);
  if (page.status !== 200) throw new Error(`${pageUrl} answered ${page.status}`);
  const chunks: PageScripts['chunks'] = [];
  for (const src of scriptSources(page.raw.toString('utf8'))) {
    const script = await fetchAsSent(new URL(src, pageUrl).href);
    if (script.status !== 200) throw new Error(`${src} answered ${script.status}`);
    chunks.push({ src, gzipBytes: script.wire.length, rawBytes: script.raw.length });
  }
  const sum = (pick: (c: PageScripts['chunks'][number]) => number) => chunks.reduce((n, c) => n + pick(c), 0);
  return { gzipBytes: sum((c) => c.gzipBytes), rawBytes: sum((c) => c.rawBytes), chunks };
}

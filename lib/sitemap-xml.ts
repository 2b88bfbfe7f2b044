// Sitemap XML (sitemaps.org 0.9, Google's image and news extensions), written by hand because
// Next's MetadataRoute.Sitemap has no sitemap index. Every text node goes through xmlText.
// API: sitemapIndexXml(files), urlsetXml(urls), newsSitemapXml(items, publication)

export type IndexEntry = { loc: string; lastmod?: number | null };
/** `alternates`: the page in other languages, hreflang (or "x-default") and absolute URL. */
export type UrlEntry = {
  loc: string;
  lastmod?: number | null;
  images?: string[];
  alternates?: { hreflang: string; href: string }[];
};
export type NewsEntry = { loc: string; title: string; publishedAt: number; language: string };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escaped text with characters XML 1.0 forbids removed (a stray control character in a title). */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const iso = (ms: number) => new Date(ms).toISOString();
const lastmod = (ms?: number | null) => (ms ? `<lastmod>${iso(ms)}</lastmod>` : '');
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

export function sitemapIndexXml(files: IndexEntry[]): string {
  const body = files.map((f) => `<sitemap><loc>${xmlText(f.loc)}</loc>${lastmod(f.lastmod)}</sitemap>`);
  return `${HEAD}<sitemapindex ${NS}>\n${body.join('\n')}\n</sitemapindex>\n`;
}

export function urlsetXml(urls: UrlEntry[]): string {
  const image = (src: string) => `<image:image><image:loc>${xmlText(src)}</image:loc></image:image>`;
  const alternate = (a: { hreflang: string; href: string }) =>
    `<xhtml:link rel="alternate" hreflang="${xmlText(a.hreflang)}" href="${xmlText(a.href)}"/>`;
  const body = urls.map(
    (u) =>
      `<url><loc>${xmlText(u.loc)}</loc>${lastmod(u.lastmod)}${(u.alternates ?? []).map(alternate).join('')}${(u.images ?? []).map(image).join('')}</url>`,
  );
  const ns = `${NS} xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"`;
  return `${HEAD}<urlset ${ns}>\n${body.join('\n')}\n</urlset>\n`;
}

/** Each item in its own edition's language (one publication, several languages). */
export function newsSitemapXml(items: NewsEntry[], publication: { name: string }): string {
  const pub = (language: string) =>
    `<news:publication><news:name>${xmlText(publication.name)}</news:name><news:language>${xmlText(language)}</news:language></news:publication>`;
  const body = items.map(
    (n) =>
      `<url><loc>${xmlText(n.loc)}</loc><news:news>${pub(n.language)}<news:publication_date>${iso(n.publishedAt)}</news:publication_date><news:title>${xmlText(n.title)}</news:title></news:news></url>`,
  );
  const ns = `${NS} xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"`;
  return `${HEAD}<urlset ${ns}>\n${body.join('\n')}\n</urlset>\n`;
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      // Crawlers come back often; shared caches absorb them for the minute the data cache uses.
      'Cache-Control': 'public, max-age=60, stale-while-revalidate=300',
    },
  });
}

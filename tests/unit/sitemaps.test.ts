// Sitemaps for a whole archive: 60,000 generated articles, 55,000 of them in one month, so that
// month must be cut into two files; every file parses as XML and stays within 50,000 URLs.
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { buildNewsSitemap, buildSitemapFile, buildSitemapIndex } from '@/app/sitemaps/build';
import { fillArchive } from '@/bench/search-archive';

const BASE = new URL('https://news.example.test');
const NOW = Date.UTC(2026, 3, 28, 12, 0);
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['sitemap', 'url', 'image:image'].includes(name),
});

function parse(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return parser.parse(xml, true);
}

beforeAll(() => {
  const sqlite = getDb().$client;
  // 55,000 articles a minute apart inside April 2026, then 5,000 a day apart going back years.
  fillArchive(sqlite, { count: 55_000, newest: Date.UTC(2026, 3, 27), stepMs: 40_000, withImages: true });
  fillArchive(sqlite, { count: 5_000, newest: Date.UTC(2026, 2, 31), stepMs: 86_400_000 });
  sqlite
    .prepare(
      "INSERT INTO articles (slug, title, author_id, status, published_at) SELECT 'breaking-news', 'Breaking <news> & more', id, 'published', ? FROM users LIMIT 1",
    )
    .run(NOW - 3_600_000);
}, 120_000);

describe('the sitemap index and its children', () => {
  it('lists every child; none holds more than 50,000 URLs; together they hold every public article', () => {
    const index = parse(buildSitemapIndex(BASE, NOW));
    const locs: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(locs[0]).toBe('https://news.example.test/sitemaps/pages.xml');
    expect(locs).toContain('https://news.example.test/sitemaps/articles-2026-04-1.xml');
    expect(locs).toContain('https://news.example.test/sitemaps/articles-2026-04-2.xml');
    expect(
      index.sitemapindex.sitemap.every((s: { lastmod: string }) => !Number.isNaN(Date.parse(s.lastmod))),
    ).toBe(true);
    const seen = new Set<string>();
    for (const loc of locs.slice(1)) {
      const file = buildSitemapFile(loc.split('/').at(-1)!, BASE, NOW);
      expect(file, loc).not.toBeNull();
      const urls = parse(file!).urlset.url as { loc: string; lastmod: string }[];
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(50_000);
      for (const u of urls) seen.add(u.loc);
    }
    const publicCount = (
      getDb()
        .$client.prepare(
          "SELECT count(*) AS n FROM articles WHERE status = 'published' AND published_at <= ?",
        )
        .get(NOW) as { n: number }
    ).n;
    expect(seen.size).toBe(publicCount);
    expect(publicCount).toBe(60_001);
  }, 120_000);

  it('gives each article its lastmod and its lead image, escaped', () => {
    const urls = parse(buildSitemapFile('articles-2026-04-2.xml', BASE, NOW)!).urlset.url;
    expect(urls[0].loc).toMatch(/^https:\/\/news\.example\.test\/articles\/archive-/);
    expect(urls[0]['image:image'][0]['image:loc']).toMatch(
      /^https:\/\/news\.example\.test\/uploads\/archive.*-1600\.jpg$/,
    );
    expect(urls[0].lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('puts the front page, sections, authors and tags in their own sitemap', () => {
    const paths = parse(buildSitemapFile('pages.xml', BASE, NOW)!).urlset.url.map(
      (u: { loc: string }) => new URL(u.loc).pathname,
    );
    expect(paths[0]).toBe('/');
    expect(paths.some((p: string) => p.startsWith('/sections/'))).toBe(true);
    expect(paths.some((p: string) => p.startsWith('/authors/'))).toBe(true);
    expect(paths.some((p: string) => p.startsWith('/tags/'))).toBe(true);
  });

  it('answers null (a 404) for names that are no sitemap', () => {
    for (const name of [
      'articles-2026-13-1.xml',
      'articles-2026-04-3.xml',
      'articles-1999-01-1.xml',
      '../x.xml',
      'pages',
      'articles-2026-04-0.xml',
    ]) {
      expect(buildSitemapFile(name, BASE, NOW), name).toBeNull();
    }
  });

  it('lists the last 48 hours in the news sitemap with name, language, date and escaped title', () => {
    const urls = parse(buildNewsSitemap(BASE, NOW)).urlset.url;
    const breaking = urls.find((u: { loc: string }) => u.loc.endsWith('/articles/breaking-news'));
    expect(breaking['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Newsroom', 'news:language': 'en' },
      'news:title': 'Breaking <news> & more',
      'news:publication_date': new Date(NOW - 3_600_000).toISOString(),
    });
    const times = urls.map((u: { 'news:news': { 'news:publication_date': string } }) =>
      Date.parse(u['news:news']['news:publication_date']),
    );
    expect(times.every((t: number) => t > NOW - 48 * 3_600_000)).toBe(true);
  });
});

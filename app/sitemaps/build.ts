// The sitemap documents, from the data layer to XML; free of Next APIs so tests can call them.
// /sitemap.xml is an index of /sitemaps/pages.xml (front, sections, authors, tags) and one file
// per UTC month of articles (more than one when a month holds over 50,000).
import {
  listArticleSitemaps,
  listNewsSitemapArticles,
  listSitemapArticles,
  listSitemapPages,
  type SitemapArticle,
} from '@/db/articles/sitemaps';
import { newsSitemapXml, sitemapIndexXml, urlsetXml } from '@/lib/sitemap-xml';
import { SITE_NAME } from '@/components/site/site-config';

const abs = (path: string, base: URL) => new URL(path, base).toString();

export function buildSitemapIndex(base: URL, now: number): string {
  const pages = listSitemapPages(now);
  const files = [
    { loc: abs('/sitemaps/pages.xml', base), lastmod: pages[0]?.lastmod },
    ...listArticleSitemaps(now).map((f) => ({
      loc: abs(`/sitemaps/${f.name}.xml`, base),
      lastmod: f.lastmod,
    })),
  ];
  return sitemapIndexXml(files);
}

/** One child sitemap by its file name ("pages.xml", "articles-2026-04-1.xml"), or null for none. */
export function buildSitemapFile(file: string, base: URL, now: number): string | null {
  if (file === 'pages.xml') {
    return urlsetXml(listSitemapPages(now).map((p) => ({ loc: abs(p.path, base), lastmod: p.lastmod })));
  }
  if (!file.endsWith('.xml')) return null;
  const articles = listSitemapArticles(file.slice(0, -4), now);
  if (!articles) return null;
  return urlsetXml(
    articles.map((a) => ({
      loc: abs(`${a.prefix}/articles/${a.slug}`, base),
      lastmod: a.lastmod,
      images: a.image ? [abs(a.image, base)] : [],
      alternates: alternatesOf(a, base),
    })),
  );
}

/** hreflang for every telling of a translated story, and x-default: the default edition's, else the source. */
function alternatesOf(a: SitemapArticle, base: URL): { hreflang: string; href: string }[] {
  if (a.tellings.length < 2) return [];
  const href = (t: SitemapArticle['tellings'][number]) => abs(`${t.prefix}/articles/${t.slug}`, base);
  const fallback = a.tellings.find((t) => t.isDefault) ?? a.tellings.find((t) => t.isSource);
  return [
    ...a.tellings.map((t) => ({ hreflang: t.language, href: href(t) })),
    ...(fallback ? [{ hreflang: 'x-default', href: href(fallback) }] : []),
  ];
}

export function buildNewsSitemap(base: URL, now: number): string {
  const items = listNewsSitemapArticles(now).map((a) => ({
    loc: abs(`${a.prefix}/articles/${a.slug}`, base),
    title: a.title,
    publishedAt: a.publishedAt,
    language: a.language,
  }));
  return newsSitemapXml(items, { name: SITE_NAME });
}

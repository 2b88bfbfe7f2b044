// RSS 2.0 for the latest articles and for each section, built with the `feed` package so that
// escaping, dates (RFC 822) and the atom:link self reference are right without hand-written XML.
import { Feed } from 'feed';
import type { ArticleCard } from '@/db/listings';
import { SITE_DESCRIPTION, SITE_NAME, siteUrl } from '@/components/site/site-config';

export const FEED_SIZE = 30;

type FeedSpec = { title: string; description: string; path: string; feedPath: string; items: ArticleCard[] };

export function rssResponse({ title, description, path, feedPath, items }: FeedSpec): Response {
  const base = siteUrl();
  const abs = (p: string) => new URL(p, base).toString();
  const feed = new Feed({
    title,
    description,
    id: abs(path),
    link: abs(path),
    language: 'en',
    favicon: abs('/icon.svg'),
    copyright: `© ${SITE_NAME}`,
    updated: items[0] ? new Date(items[0].publishedAt) : new Date(0),
    feedLinks: { rss: abs(feedPath) },
    generator: SITE_NAME,
    ttl: 5,
  });
  for (const a of items) {
    feed.addItem({
      title: a.title,
      id: abs(`/articles/${a.slug}`),
      link: abs(`/articles/${a.slug}`),
      guid: abs(`/articles/${a.slug}`),
      date: new Date(a.publishedAt),
      description: a.summary || undefined,
      category: a.section
        ? [{ name: a.section.name, domain: abs(`/sections/${a.section.slug}`) }]
        : undefined,
    });
  }
  return new Response(feed.rss2(), {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      // Feed readers poll; let shared caches absorb them for the same minute the data cache uses.
      'Cache-Control': 'public, max-age=60, stale-while-revalidate=300',
    },
  });
}

export const latestFeedTitle = `${SITE_NAME}: latest`;
export const latestFeedDescription = SITE_DESCRIPTION;

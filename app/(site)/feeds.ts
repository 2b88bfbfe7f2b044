// RSS 2.0 for the latest articles and for each section, built with the `feed` package so that
// escaping, dates (RFC 822) and the atom:link self reference are right without hand-written XML.
import { randomBytes } from 'node:crypto';
import { Feed } from 'feed';
import type { ArticleCard } from '@/db/articles/listings';
import { SITE_DESCRIPTION, SITE_NAME, siteUrl } from '@/components/site/site-config';
import { editionPath, type EditionRef } from '@/lib/editions';
import { getLatest } from './cached';

export const FEED_SIZE = 30;

/** Paths are as in the default edition ("/sections/x"); the feed puts them in its edition. */
type FeedSpec = {
  title: string;
  description: string;
  path: string;
  feedPath: string;
  items: ArticleCard[];
  edition: EditionRef;
};

/**
 * `feed` writes item titles and summaries as CDATA but splits only the first "]]>" in each, so a
 * second one would end the section and let a headline inject markup into the feed. Every "]]>"
 * goes in as a marker nobody can guess, and each marker comes out as "]]]]><![CDATA[>", which
 * closes the section after "]]" and opens a new one before ">": a reader sees exactly "]]>".
 * (Channel titles and categories are written as escaped text, which is safe as it is.)
 */
const CDATA_END = `\uE000${randomBytes(8).toString('hex')}\uE001`;

export function cdataSafe(text: string): string {
  return text.replaceAll(']]>', CDATA_END);
}

/** The RSS 2.0 document; pure, so it can be tested without a server. */
export function buildRss(
  { title, description, path, feedPath, items, edition }: FeedSpec,
  base: URL,
): string {
  const abs = (p: string) => new URL(editionPath(edition, p), base).toString();
  const feed = new Feed({
    title,
    description,
    id: abs(path),
    link: abs(path),
    language: edition.tag,
    favicon: new URL('/icon.svg', base).toString(),
    copyright: `© ${SITE_NAME}`,
    updated: items[0] ? new Date(items[0].publishedAt) : new Date(0),
    feedLinks: { rss: abs(feedPath) },
    generator: SITE_NAME,
    ttl: 5,
  });
  for (const a of items) {
    feed.addItem({
      title: cdataSafe(a.title),
      id: abs(`/articles/${a.slug}`),
      link: abs(`/articles/${a.slug}`),
      guid: abs(`/articles/${a.slug}`),
      date: new Date(a.publishedAt),
      description: a.summary ? cdataSafe(a.summary) : undefined,
      category: a.section
        ? [{ name: a.section.name, domain: abs(`/sections/${a.section.slug}`) }]
        : undefined,
    });
  }
  return feed.rss2().replaceAll(CDATA_END, ']]]]><![CDATA[>');
}

export function rssResponse(spec: FeedSpec): Response {
  return new Response(buildRss(spec, siteUrl()), {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      // Feed readers poll; let shared caches absorb them for the same minute the data cache uses.
      'Cache-Control': 'public, max-age=60, stale-while-revalidate=300',
    },
  });
}

export const latestFeedTitle = `${SITE_NAME}: latest`;
export const latestFeedDescription = SITE_DESCRIPTION;

/** An edition's latest articles as RSS. */
export async function latestFeed(edition: EditionRef & { id: number }): Promise<Response> {
  const { items } = await getLatest(edition.id, { limit: FEED_SIZE, offset: 0 });
  return rssResponse({
    title: latestFeedTitle,
    description: latestFeedDescription,
    path: '/',
    feedPath: '/feed.xml',
    items,
    edition,
  });
}

/** A plain-text 404 for a feed of something that does not exist (feed readers show the text). */
export function notFoundFeed(message: string): Response {
  return new Response(message, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The `alternates.types` entry that links a page to its feed (<link rel="alternate">). */
export function feedAlternate(feedPath: string, title: string) {
  return { 'application/rss+xml': [{ url: feedPath, title }] };
}

// Lists of public articles in the shape a card renders. "Public" is decided here, at query time
// (DESIGN.md §4): status 'published' and a publish time that has passed. `now` is a parameter so
// tests can pin it and cached wrappers can pass the request's time.
// Archive scale (issue 9, README "Archive scale"): each list walks one covering index whose columns
// are its filter then its order, so a count is a range of that index and a page's ids are found in
// the index alone, from whichever end of the list is nearer; only the page's own rows are read.
import 'server-only';
import { and, asc, count, desc, eq, inArray, lte, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db';
import { leadImageOf } from '@/lib/image-urls';
import { nearerEnd, PAGE_SIZE } from '@/lib/pagination';
import { articleTags, articles, images, sections, users } from '@/db/schema';

export type ArticleCard = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: number;
  section: { id: number; name: string; slug: string } | null;
  author: { id: number; name: string; slug: string };
  leadImage: { url: string; srcSet?: string; width: number; height: number; alt: string } | null;
};

/**
 * `counted: false` skips the count when only the first page is wanted (the front page's blocks):
 * `total` is then only a lower bound, the number of items returned.
 */
export type ListOptions = { now: number; limit?: number; offset?: number; counted?: boolean };
export type ListResult = { items: ArticleCard[]; total: number };

function isPublic(now: number): SQL {
  return and(eq(articles.status, 'published'), lte(articles.publishedAt, now))!;
}

function cardQuery() {
  return getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      summary: articles.summary,
      publishedAt: articles.publishedAt,
      caption: articles.leadImageCaption,
      sectionId: sections.id,
      sectionName: sections.name,
      sectionSlug: sections.slug,
      authorId: users.id,
      authorName: users.name,
      authorSlug: users.slug,
      image: {
        key: images.key,
        mime: images.mime,
        width: images.width,
        height: images.height,
        widths: images.widths,
      },
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(images, eq(images.id, articles.leadImageId))
    .$dynamic();
}

type CardRow = ReturnType<ReturnType<typeof cardQuery>['all']>[number];

function toCard(r: CardRow): ArticleCard {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    publishedAt: r.publishedAt ?? 0,
    section: r.sectionId != null ? { id: r.sectionId, name: r.sectionName!, slug: r.sectionSlug! } : null,
    author: { id: r.authorId, name: r.authorName, slug: r.authorSlug },
    leadImage: r.image ? leadImageOf(r.image, r.caption) : null,
  };
}

// id breaks ties so pages never repeat or skip an article published in the same millisecond.
const newestFirst = [desc(articles.publishedAt), desc(articles.id)];

/** A list's covering index: the table it lives in, the article id and publish time columns, the filter. */
type Listing = { table: SQLiteTable; id: SQLiteColumn; publishedAt: SQLiteColumn; where: SQL };

/** The ids of one page, read from the index alone, walking in from the nearer end of the list. */
function pageIds(listing: Listing, total: number, limit: number, offset: number) {
  const { reverse, skip, take } = nearerEnd(total, limit, offset);
  const order = reverse ? asc : desc;
  return {
    take,
    ids: getDb()
      .select({ id: listing.id })
      .from(listing.table)
      .where(listing.where)
      .orderBy(order(listing.publishedAt), order(listing.id))
      .limit(take)
      .offset(skip),
  };
}

function listIndexed(listing: Listing, opts: ListOptions): ListResult {
  const limit = opts.limit ?? PAGE_SIZE;
  const offset = opts.offset ?? 0;
  const uncounted = opts.counted === false && offset === 0;
  const total = uncounted
    ? limit
    : (getDb().select({ n: count() }).from(listing.table).where(listing.where).get()?.n ?? 0);
  const { take, ids } = pageIds(listing, total, limit, offset);
  if (take <= 0) return { total, items: [] };
  const rows = cardQuery()
    .where(inArray(articles.id, ids))
    .orderBy(...newestFirst)
    .all();
  return { total: uncounted ? rows.length : total, items: rows.map(toCard) };
}

function articleListing(now: number, filter?: SQL): Listing {
  const where = filter ? and(isPublic(now), filter)! : isPublic(now);
  return { table: articles, id: articles.id, publishedAt: articles.publishedAt, where };
}

export function listLatest(opts: ListOptions): ListResult {
  return listIndexed(articleListing(opts.now), opts);
}

export function listBySection(sectionId: number, opts: ListOptions): ListResult {
  return listIndexed(articleListing(opts.now, eq(articles.sectionId, sectionId)), opts);
}

export function listByAuthor(authorId: number, opts: ListOptions): ListResult {
  return listIndexed(articleListing(opts.now, eq(articles.authorId, authorId)), opts);
}

/** Through article_tags' own copy of status and publish time: the tag's rows alone, in order. */
export function listByTag(tagId: number, opts: ListOptions): ListResult {
  const where = and(
    eq(articleTags.tagId, tagId),
    eq(articleTags.status, 'published'),
    lte(articleTags.publishedAt, opts.now),
  )!;
  return listIndexed(
    { table: articleTags, id: articleTags.articleId, publishedAt: articleTags.publishedAt, where },
    opts,
  );
}

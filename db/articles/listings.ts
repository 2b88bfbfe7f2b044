// Lists of public articles in the shape a card renders. "Public" is decided here, at query time
// (DESIGN.md §4): status 'published' and a publish time that has passed. `now` is a parameter so
// tests can pin it and cached wrappers can pass the request's time.
// Archive scale (issue 9, README "Archive scale"): each list walks one covering index whose columns
// are its filter then its order, so a page's ids are found in the index alone, from whichever end of
// the list is nearer; only the page's own rows are read. A list's length is a counter kept by
// triggers (list_counts, article_counts: stored-published rows, scheduled ones included) less its
// rows still waiting for their publish time, an indexed range of the few scheduled ones.
import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, sum, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db';
import { leadImageOf } from '@/lib/image-urls';
import { nearerEnd, PAGE_SIZE } from '@/lib/pagination';
import { articleCounts, articleTags, articles, images, listCounts, sections, users } from '@/db/schema';

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

/**
 * A list's covering index: the table it lives in, its article id, stored status and publish time
 * columns, the filter besides being public, and its stored-published counter.
 */
type Listing = {
  table: SQLiteTable;
  id: SQLiteColumn;
  status: SQLiteColumn;
  publishedAt: SQLiteColumn;
  filter?: SQL;
  stored: () => number;
};

/** Public (DESIGN.md §4): stored as published, and its publish time has come. */
function publicRows(listing: Listing, now: number): SQL {
  return and(eq(listing.status, 'published'), listing.filter, lte(listing.publishedAt, now))!;
}

/**
 * Stored as published but not public yet: scheduled for later or (from plain SQL) without a time.
 * The counters include these; two ranges of the list's index, at its future end and at its NULLs,
 * find the few there are (one OR of the two would walk the whole list instead).
 */
function waitingCount(listing: Listing, now: number): number {
  const stored = and(eq(listing.status, 'published'), listing.filter);
  const n = (when: SQL) =>
    getDb().select({ n: count() }).from(listing.table).where(and(stored, when)).get()?.n ?? 0;
  return n(gt(listing.publishedAt, now)) + n(isNull(listing.publishedAt));
}

function publicTotal(listing: Listing, now: number): number {
  return listing.stored() - waitingCount(listing, now);
}

/** The ids of one page, read from the index alone, walking in from the nearer end of the list. */
function pageIds(listing: Listing, now: number, total: number, limit: number, offset: number) {
  const { reverse, skip, take } = nearerEnd(total, limit, offset);
  const order = reverse ? asc : desc;
  return {
    take,
    ids: getDb()
      .select({ id: listing.id })
      .from(listing.table)
      .where(publicRows(listing, now))
      .orderBy(order(listing.publishedAt), order(listing.id))
      .limit(take)
      .offset(skip),
  };
}

function listIndexed(listing: Listing, opts: ListOptions): ListResult {
  const limit = opts.limit ?? PAGE_SIZE;
  const offset = opts.offset ?? 0;
  const uncounted = opts.counted === false && offset === 0;
  // One read transaction: the count and the page come from the same snapshot of the database.
  return getDb().$client.transaction(() => {
    const total = uncounted ? limit : publicTotal(listing, opts.now);
    const { take, ids } = pageIds(listing, opts.now, total, limit, offset);
    if (take <= 0) return { total, items: [] };
    const rows = cardQuery()
      .where(inArray(articles.id, ids))
      .orderBy(...newestFirst)
      .all();
    return { total: uncounted ? rows.length : total, items: rows.map(toCard) };
  })();
}

function listCount(list: 'section' | 'tag', id: number): () => number {
  return () =>
    getDb()
      .select({ n: listCounts.n })
      .from(listCounts)
      .where(and(eq(listCounts.list, list), eq(listCounts.listId, id)))
      .get()?.n ?? 0;
}

/**
 * Stored-published articles in one edition, by one author or by everyone: article_counts' rows (a few
 * per author and edition).
 */
function publishedIn(editionId: number, authorId?: number): () => number {
  const author = authorId === undefined ? undefined : eq(articleCounts.authorId, authorId);
  return () =>
    Number(
      getDb()
        .select({ n: sum(articleCounts.n) })
        .from(articleCounts)
        .where(and(eq(articleCounts.status, 'published'), eq(articleCounts.editionId, editionId), author))
        .get()?.n ?? 0,
    );
}

function articleListing(stored: () => number, filter?: SQL): Listing {
  const { id, status, publishedAt } = articles;
  return { table: articles, id, status, publishedAt, filter, stored };
}

/** The edition's latest articles (the front page, its feed). */
export function listLatest(editionId: number, opts: ListOptions): ListResult {
  return listIndexed(articleListing(publishedIn(editionId), eq(articles.editionId, editionId)), opts);
}

export function listBySection(sectionId: number, opts: ListOptions): ListResult {
  return listIndexed(
    articleListing(listCount('section', sectionId), eq(articles.sectionId, sectionId)),
    opts,
  );
}

/** An author's articles in one edition: a writer may publish in several. */
export function listByAuthor(authorId: number, editionId: number, opts: ListOptions): ListResult {
  const filter = and(eq(articles.authorId, authorId), eq(articles.editionId, editionId));
  return listIndexed(articleListing(publishedIn(editionId, authorId), filter), opts);
}

// Sections and tags belong to one edition each (db/schema.ts), so their lists need no edition filter.

/** Through article_tags' own copy of status and publish time: the tag's rows alone, in order. */
export function listByTag(tagId: number, opts: ListOptions): ListResult {
  const { articleId: id, status, publishedAt } = articleTags;
  const listing = { table: articleTags, id, status, publishedAt, stored: listCount('tag', tagId) };
  return listIndexed({ ...listing, filter: eq(articleTags.tagId, tagId) }, opts);
}

// Lists of public articles in the shape a card renders. "Public" is decided here, at query time
// (DESIGN.md §4): status 'published' and a publish time that has passed. `now` is a parameter so
// tests can pin it and cached wrappers can pass the request's time.
import 'server-only';
import { and, count, desc, eq, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { leadImageOf } from '@/lib/image-urls';
import { PAGE_SIZE } from '@/lib/pagination';
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

export type ListOptions = { now: number; limit?: number; offset?: number };
export type ListResult = { items: ArticleCard[]; total: number };

function isPublic(now: number): SQL {
  return and(eq(articles.status, 'published'), lte(articles.publishedAt, now))!;
}

function list(where: SQL, opts: ListOptions, byTag?: number): ListResult {
  const db = getDb();
  const filter = byTag === undefined ? where : and(where, eq(articleTags.tagId, byTag))!;
  let rowsQuery = db
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
  let countQuery = db.select({ n: count() }).from(articles).$dynamic();
  if (byTag !== undefined) {
    rowsQuery = rowsQuery.innerJoin(articleTags, eq(articleTags.articleId, articles.id));
    countQuery = countQuery.innerJoin(articleTags, eq(articleTags.articleId, articles.id));
  }
  const rows = rowsQuery
    .where(filter)
    // id breaks ties so pages never repeat or skip an article published in the same millisecond.
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(opts.limit ?? PAGE_SIZE)
    .offset(opts.offset ?? 0)
    .all();
  const total = countQuery.where(filter).get()?.n ?? 0;
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      publishedAt: r.publishedAt ?? 0,
      section: r.sectionId != null ? { id: r.sectionId, name: r.sectionName!, slug: r.sectionSlug! } : null,
      author: { id: r.authorId, name: r.authorName, slug: r.authorSlug },
      leadImage: r.image ? leadImageOf(r.image, r.caption) : null,
    })),
  };
}

export function listLatest(opts: ListOptions): ListResult {
  return list(isPublic(opts.now), opts);
}

export function listBySection(sectionId: number, opts: ListOptions): ListResult {
  return list(and(isPublic(opts.now), eq(articles.sectionId, sectionId))!, opts);
}

export function listByAuthor(authorId: number, opts: ListOptions): ListResult {
  return list(and(isPublic(opts.now), eq(articles.authorId, authorId))!, opts);
}

export function listByTag(tagId: number, opts: ListOptions): ListResult {
  return list(isPublic(opts.now), opts, tagId);
}

/** The words of a search, lower-cased, at most eight, so one request cannot build a huge query. */
export function searchWords(query: string): string[] {
  return Array.from(
    new Set(
      query
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.length > 0),
    ),
  ).slice(0, 8);
}

/** Articles whose title, summary or body contain every word of the query (case-insensitive). */
export function searchArticles(query: string, opts: ListOptions): ListResult {
  const words = searchWords(query);
  if (words.length === 0) return { items: [], total: 0 };
  const conditions = words.map((w) => {
    // % and _ are LIKE wildcards; a reader typing them means the characters themselves.
    const pattern = `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = (column: AnyColumn) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
    return or(match(articles.title), match(articles.summary), match(articles.body))!;
  });
  return list(and(isPublic(opts.now), ...conditions)!, opts);
}

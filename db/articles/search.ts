// Full-text search over public articles (FTS5, see db/articles/search-index.ts). Ranked by bm25
// with a title hit worth most, or newest first; filtered by section, author and publish dates.
// "Public" is decided at query time as in listings.ts, so unpublishing needs no index change.
import 'server-only';
import { getDb } from '@/db';
import { leadImageOf, type ImageRow } from '@/lib/image-urls';
import { PAGE_SIZE } from '@/lib/pagination';
import { MARK_CLOSE, MARK_OPEN, parseSearch, snippetHtml, type SearchTerm } from '@/lib/search-query';
import type { ArticleCard } from './listings';
import { syncSearchIndex } from './search-index';

export type SearchSort = 'relevance' | 'newest';
export type SearchFilters = { section?: string; author?: string; from?: number; to?: number };
export type SearchOptions = SearchFilters & {
  now: number;
  /** Only this edition's articles; every edition's when absent. */
  editionId?: number;
  sort?: SearchSort;
  limit?: number;
  offset?: number;
};
/** A result card plus an HTML snippet: escaped text with the matched words in <mark>. */
export type SearchHit = ArticleCard & { snippet: string };
export type SearchResult = { items: SearchHit[]; total: number; terms: SearchTerm[] };

// Column weights for bm25 in index order: title, summary, body, author, tags.
const RANK = 'bm25(search_index, 10.0, 4.0, 1.0, 3.0, 3.0)';

type Row = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: number;
  caption: string;
  sectionId: number | null;
  sectionName: string | null;
  sectionSlug: string | null;
  authorId: number;
  authorName: string;
  authorSlug: string;
  snippet: string;
} & { [K in keyof ImageRow as `image_${K}`]: ImageRow[K] | null };

/** The words of a search as the index sees them (kept for callers that show or log them). */
export function searchWords(query: string): string[] {
  return parseSearch(query).terms.map((t) => t.text.toLowerCase());
}

function whereOf(opts: SearchOptions): { sql: string; params: unknown[] } {
  const clauses = ["a.status = 'published'", 'a.published_at <= ?'];
  const params: unknown[] = [opts.now];
  const add = (clause: string, value: unknown) => {
    clauses.push(clause);
    params.push(value);
  };
  if (opts.editionId !== undefined) add('a.edition_id = ?', opts.editionId);
  if (opts.section) add('s.slug = ?', opts.section);
  if (opts.author) add('u.slug = ?', opts.author);
  if (opts.from !== undefined) add('a.published_at >= ?', opts.from);
  if (opts.to !== undefined) add('a.published_at < ?', opts.to);
  return { sql: clauses.join(' AND '), params };
}

/** Public articles matching every term of `query`; an empty or unusable query finds nothing. */
export function searchArticles(query: string, opts: SearchOptions): SearchResult {
  const { terms, match } = parseSearch(query);
  if (!match) return { items: [], total: 0, terms };
  syncSearchIndex();
  const sqlite = getDb().$client;
  const where = whereOf(opts);
  // CROSS JOIN keeps the index as the outer loop: otherwise SQLite may walk every public article
  // and run one full-text lookup per row, hundreds of times slower.
  const from = `FROM search_index CROSS JOIN articles a ON a.id = search_index.rowid
    JOIN users u ON u.id = a.author_id LEFT JOIN sections s ON s.id = a.section_id
    WHERE search_index MATCH ? AND ${where.sql}`;
  const order = opts.sort === 'newest' ? 'a.published_at DESC, a.id DESC' : `${RANK}, a.published_at DESC`;
  const total = (sqlite.prepare(`SELECT count(*) AS n ${from}`).get(match, ...where.params) as { n: number })
    .n;
  if (total === 0) return { items: [], total, terms };
  const rows = sqlite
    .prepare(
      `SELECT a.id, a.slug, a.title, a.summary, a.published_at AS publishedAt, a.lead_image_caption AS caption,
         s.id AS sectionId, s.name AS sectionName, s.slug AS sectionSlug,
         u.id AS authorId, u.name AS authorName, u.slug AS authorSlug,
         i.key AS image_key, i.mime AS image_mime, i.width AS image_width, i.height AS image_height,
         i.widths AS image_widths,
         snippet(search_index, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24) AS snippet
       ${from.replace('LEFT JOIN sections', 'LEFT JOIN images i ON i.id = a.lead_image_id LEFT JOIN sections')}
       ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(match, ...where.params, opts.limit ?? PAGE_SIZE, opts.offset ?? 0) as Row[];
  return { total, terms, items: rows.map(cardOf) };
}

function cardOf(r: Row): SearchHit {
  const image =
    r.image_key !== null
      ? {
          key: r.image_key,
          mime: r.image_mime!,
          width: r.image_width!,
          height: r.image_height!,
          widths: r.image_widths!,
        }
      : null;
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    publishedAt: r.publishedAt ?? 0,
    section: r.sectionId !== null ? { id: r.sectionId, name: r.sectionName!, slug: r.sectionSlug! } : null,
    author: { id: r.authorId, name: r.authorName, slug: r.authorSlug },
    leadImage: image ? leadImageOf(image, r.caption) : null,
    snippet: snippetHtml(r.snippet ?? ''),
  };
}

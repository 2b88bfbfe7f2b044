// What the sitemaps list (README "Sitemaps"): public articles grouped by the UTC month of their
// publish time, each month cut into files of at most 50,000 URLs; the section, author and tag
// pages; and the articles published in the last 48 hours for the Google News sitemap.
import 'server-only';
import { getDb } from '@/db';
import { leadImageOf, type ImageRow } from '@/lib/image-urls';

/** The protocol's limit per sitemap file (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

export type SitemapFile = { name: string; lastmod: number };
export type SitemapArticle = {
  slug: string;
  title: string;
  publishedAt: number;
  lastmod: number;
  image: string | null;
  /** The edition's path prefix ("" for the default edition, "/id") and language tag. */
  prefix: string;
  language: string;
  /** Every public telling of the story, this one included (issue 11): the hreflang alternates. */
  tellings: { prefix: string; language: string; slug: string; isDefault: boolean; isSource: boolean }[];
};
export type SitemapPage = { path: string; lastmod: number | null };

const PUBLIC = "a.status = 'published' AND a.published_at <= @now";
/** The URL prefix of the edition `e`: none for the default edition. */
const PREFIX = "CASE WHEN e.is_default THEN '' ELSE '/' || e.tag END";
type Telling = SitemapArticle['tellings'][number];
type TellingRow = Omit<Telling, 'isDefault' | 'isSource'> & {
  storyId: number;
  isDefault: number;
  isSource: number;
};

const TELLING_COLUMNS = `coalesce(o.translation_of, o.id) AS storyId, o.slug, oe.tag AS language,
  CASE WHEN oe.is_default THEN '' ELSE '/' || oe.tag END AS prefix, oe.is_default AS isDefault,
  o.translation_of IS NULL AS isSource`;

/**
 * The public tellings of each story among `rows` (issue 11), in two indexed reads for the whole file:
 * the stories' sources by id and their translations through articles_translation_idx. Most articles
 * tell no translated story and get none.
 */
function tellingsByStory(rows: { storyId: number }[], now: number): Map<number, Telling[]> {
  const sqlite = getDb().$client;
  const translated = new Set(
    (
      sqlite
        .prepare('SELECT DISTINCT translation_of AS id FROM articles WHERE translation_of IS NOT NULL')
        .all() as {
        id: number;
      }[]
    ).map((r) => r.id),
  );
  const stories = JSON.stringify([...new Set(rows.map((r) => r.storyId).filter((id) => translated.has(id)))]);
  const read = (match: string) =>
    sqlite
      .prepare(
        `SELECT ${TELLING_COLUMNS} FROM articles o JOIN editions oe ON oe.id = o.edition_id
          WHERE ${match} IN (SELECT value FROM json_each(@stories))
            AND o.status = 'published' AND o.published_at <= @now`,
      )
      .all({ stories, now }) as TellingRow[];
  const byStory = new Map<number, Telling[]>();
  for (const { storyId, isDefault, isSource, ...t } of [...read('o.id'), ...read('o.translation_of')])
    byStory.set(storyId, [
      ...(byStory.get(storyId) ?? []),
      { ...t, isDefault: !!isDefault, isSource: !!isSource },
    ]);
  return byStory;
}
const MONTH = "strftime('%Y-%m', a.published_at / 1000, 'unixepoch')";

/** The article sitemap files: "articles-2026-04-1" and so on, newest month first. */
export function listArticleSitemaps(now: number): SitemapFile[] {
  const months = getDb()
    .$client.prepare(
      `SELECT ${MONTH} AS month, count(*) AS n, max(max(a.updated_at, a.published_at)) AS lastmod
         FROM articles a WHERE ${PUBLIC} GROUP BY month ORDER BY month DESC`,
    )
    .all({ now }) as { month: string; n: number; lastmod: number }[];
  return months.flatMap((m) =>
    Array.from({ length: Math.ceil(m.n / SITEMAP_MAX_URLS) }, (_, i) => ({
      name: `articles-${m.month}-${i + 1}`,
      lastmod: m.lastmod,
    })),
  );
}

/** The articles of one file named by listArticleSitemaps, oldest first; null for a name that is none. */
export function listSitemapArticles(name: string, now: number): SitemapArticle[] | null {
  const m = /^articles-(\d{4})-(\d{2})-([1-9]\d{0,3})$/.exec(name);
  if (!m) return null;
  const [year, month, part] = m.slice(1).map(Number);
  if (month < 1 || month > 12) return null;
  const rows = getDb()
    .$client.prepare(
      `SELECT a.slug, a.title, a.published_at AS publishedAt, max(a.updated_at, a.published_at) AS lastmod,
              i.key, i.mime, i.width, i.height, i.widths, ${PREFIX} AS prefix, e.tag AS language,
              coalesce(a.translation_of, a.id) AS storyId
         FROM articles a JOIN editions e ON e.id = a.edition_id LEFT JOIN images i ON i.id = a.lead_image_id
        WHERE ${PUBLIC} AND a.published_at >= @start AND a.published_at < @end
        ORDER BY a.published_at, a.id LIMIT @limit OFFSET @offset`,
    )
    .all({
      now,
      start: Date.UTC(year, month - 1, 1),
      end: Date.UTC(year, month, 1),
      limit: SITEMAP_MAX_URLS,
      offset: (part - 1) * SITEMAP_MAX_URLS,
    }) as (Omit<SitemapArticle, 'image' | 'tellings'> & {
    key: string | null;
    storyId: number;
  } & Omit<ImageRow, 'key'>)[];
  if (rows.length === 0) return null;
  const tellings = tellingsByStory(rows, now);
  // The largest rendition up to 1600 px: the image search engines show, not a thumbnail.
  return rows.map(({ key, mime, width, height, widths, storyId, ...a }) => ({
    ...a,
    tellings: tellings.get(storyId) ?? [],
    image: key ? leadImageOf({ key, mime, width, height, widths }, '', 1600).url : null,
  }));
}

/**
 * Each edition's front page (the default edition's always; another's once it has published), every
 * section, and the authors (per edition) and tags with public articles, at their edition's address.
 */
export function listSitemapPages(now: number): SitemapPage[] {
  const sqlite = getDb().$client;
  const group = (sql: string) => sqlite.prepare(sql).all({ now }) as SitemapPage[];
  return [
    ...group(`SELECT CASE WHEN e.is_default THEN '/' ELSE '/' || e.tag END AS path,
               (SELECT max(a.published_at) FROM articles a WHERE a.edition_id = e.id AND ${PUBLIC}) AS lastmod
               FROM editions e WHERE e.is_default OR lastmod IS NOT NULL ORDER BY e.is_default DESC, e.position`),
    ...group(`SELECT ${PREFIX} || '/sections/' || s.slug AS path, (SELECT max(a.published_at) FROM articles a
               WHERE a.section_id = s.id AND ${PUBLIC}) AS lastmod FROM sections s JOIN editions e ON e.id = s.edition_id
               ORDER BY e.is_default DESC, e.position, s.position, s.name`),
    ...group(`SELECT ${PREFIX} || '/authors/' || u.slug AS path, max(a.published_at) AS lastmod FROM users u
               JOIN articles a ON a.author_id = u.id JOIN editions e ON e.id = a.edition_id
              WHERE ${PUBLIC} GROUP BY u.id, e.id ORDER BY e.is_default DESC, e.position, u.slug`),
    ...group(`SELECT ${PREFIX} || '/tags/' || t.slug AS path, max(a.published_at) AS lastmod FROM tags t
               JOIN editions e ON e.id = t.edition_id
               JOIN article_tags at ON at.tag_id = t.id JOIN articles a ON a.id = at.article_id
              WHERE ${PUBLIC} GROUP BY t.id ORDER BY e.is_default DESC, e.position, t.slug`),
  ];
}

/** Articles published in the 48 hours before `now`, newest first (Google News reads no older ones). */
export function listNewsSitemapArticles(now: number): SitemapArticle[] {
  return getDb()
    .$client.prepare(
      `SELECT a.slug, a.title, a.published_at AS publishedAt, max(a.updated_at, a.published_at) AS lastmod, NULL AS image,
              ${PREFIX} AS prefix, e.tag AS language
         FROM articles a JOIN editions e ON e.id = a.edition_id
        WHERE ${PUBLIC} AND a.published_at > @since ORDER BY a.published_at DESC LIMIT 1000`,
    )
    .all({ now, since: now - 48 * 3_600_000 })
    .map((row) => ({ ...(row as Omit<SitemapArticle, 'tellings'>), tellings: [] }));
}

// Reads the demo newsroom that the server seeded on first start, so the site tests assert on real
// rows without hard-coding demo text (and keep passing when the demo content is rewritten).
import Database from 'better-sqlite3';
import path from 'node:path';
import { tagsOf } from '@/app/cache-tags';
import type { ArticleRef } from '@/db/affected';
import { expireTagsEverywhere } from '@/lib/cache/tag-store.mjs';

type Row = Record<string, unknown>;

function db(): Database.Database {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set: run the browser tests through playwright.config.ts');
  return new Database(path.join(dir, 'newsroom.db'), { readonly: true, fileMustExist: true });
}

/** Every row `sql` reads from the browser suite's database (read-only). */
export function query<T extends Row>(sql: string, ...params: unknown[]): T[] {
  const conn = db();
  try {
    return conn.prepare(sql).all(...params) as T[];
  } finally {
    conn.close();
  }
}

const PUBLIC = `a.status = 'published' AND a.published_at <= @now`;
/** Public in the default edition, whose pages are the unprefixed ones these specs visit. */
const PUBLIC_HERE = `${PUBLIC} AND a.edition_id = 1`;

export type SectionWithCount = { id: number; name: string; slug: string; n: number };

/** Sections with their number of public articles, busiest first. */
export function sectionsWithArticles(): SectionWithCount[] {
  return query<SectionWithCount>(
    `SELECT s.id, s.name, s.slug, COUNT(*) AS n FROM sections s JOIN articles a ON a.section_id = s.id
     WHERE ${PUBLIC_HERE} GROUP BY s.id ORDER BY n DESC, s.position`,
    { now: Date.now() },
  );
}

export function authorWithArticles(): {
  id: number;
  name: string;
  full_name: string;
  slug: string;
  bio: string;
  n: number;
} {
  const [row] = query<{ id: number; name: string; full_name: string; slug: string; bio: string; n: number }>(
    `SELECT u.id, u.name, u.full_name, u.slug, u.bio, COUNT(*) AS n FROM users u JOIN articles a ON a.author_id = u.id
     WHERE ${PUBLIC_HERE} GROUP BY u.id ORDER BY n DESC LIMIT 1`,
    { now: Date.now() },
  );
  if (!row) throw new Error('The demo newsroom has no author with published articles');
  return row;
}

export function tagWithArticles(): { name: string; slug: string; title: string } {
  const [row] = query<{ name: string; slug: string; title: string }>(
    `SELECT t.name, t.slug, a.title FROM tags t JOIN article_tags at ON at.tag_id = t.id JOIN articles a ON a.id = at.article_id
     WHERE ${PUBLIC_HERE} ORDER BY a.published_at DESC LIMIT 1`,
    { now: Date.now() },
  );
  if (!row) throw new Error('The demo newsroom has no tagged published article');
  return row;
}

/** A public article from the middle of the archive (not the newest), for search. */
export function archivedArticle(): { title: string; slug: string } {
  const [row] = query<{ title: string; slug: string }>(
    `SELECT a.title, a.slug FROM articles a WHERE ${PUBLIC_HERE} ORDER BY a.published_at DESC LIMIT 1 OFFSET 10`,
    { now: Date.now() },
  );
  if (!row) throw new Error('The demo newsroom has fewer than 11 published articles');
  return row;
}

export function unpublishedTitle(): string | null {
  const [row] = query<{ title: string }>(`SELECT title FROM articles a WHERE NOT (${PUBLIC}) LIMIT 1`, {
    now: Date.now(),
  });
  return row?.title ?? null;
}

/**
 * Articles a spec writes straight into the database bypass the data layer, so nothing expires the
 * pages and lists they join: this does what the CLI tools do (scripts/lib/expire-pages.ts), so the
 * running server and every other spec see them on their next request.
 */
export async function expireArticlesAdded(articles: ArticleRef[]): Promise<void> {
  process.env.DATA_DIR = process.env.E2E_DATA_DIR;
  await expireTagsEverywhere(tagsOf({ articles }));
}

export type Telling = { slug: string; title: string; sourceSlug: string; sectionSlug: string };

/** A public translation in edition `tag` of a public English story, with its source. */
export function translationIn(tag: string): Telling {
  const [row] = query<Telling>(
    `SELECT a.slug, a.title, src.slug AS sourceSlug, s.slug AS sectionSlug
       FROM articles a JOIN editions e ON e.id = a.edition_id
       JOIN articles src ON src.id = a.translation_of JOIN sections s ON s.id = a.section_id
      WHERE e.tag = @tag AND ${PUBLIC} AND src.status = 'published' AND src.published_at <= @now
      ORDER BY a.published_at DESC LIMIT 1`,
    { tag, now: Date.now() },
  );
  if (!row) throw new Error(`The demo newsroom has no public translation in “${tag}”`);
  return row;
}

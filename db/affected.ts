// What a write changed, in the terms the public pages are cached by (app/cache-tags.ts). Every write
// that changes something public returns one `Affected`, and the action expires exactly its tags.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';

/**
 * An article as the lists see it: its page, its author's, section's and tags' lists, and the story
 * it tells (its source's id, or its own), whose other editions' pages list it ("Also in").
 */
export type ArticleRef = {
  id: number;
  authorId: number;
  sectionId: number | null;
  tagIds: number[];
  storyId: number;
};

export type Affected = {
  /** Articles as they are now and, when a save moved one, as it was before (the lists it left). */
  articles: ArticleRef[];
  sections?: number[];
  tags?: number[];
  /** The section list every page's navigation shows changed (a section created, renamed, deleted). */
  sectionList?: boolean;
  /** The editions changed: every public page names its language and links the others. */
  editions?: boolean;
};

export const NOTHING_PUBLIC: Affected = { articles: [] };

/** The current refs of these articles, read in the write's own transaction. */
export function articleRefs(db: Executor, articleIds: number[]): ArticleRef[] {
  if (!articleIds.length) return [];
  const ids = JSON.stringify(articleIds);
  type Row = Omit<ArticleRef, 'tagIds'> & { tagIds: string | null };
  const rows = db.all<Row>(sql`
    SELECT a.id, a.author_id AS authorId, a.section_id AS sectionId,
      coalesce(a.translation_of, a.id) AS storyId,
      (SELECT json_group_array(tag_id) FROM article_tags WHERE article_id = a.id) AS tagIds
    FROM articles a WHERE a.id IN (SELECT value FROM json_each(${ids}))`);
  return rows.map((r) => ({ ...r, tagIds: JSON.parse(r.tagIds ?? '[]') as number[] }));
}

// "Related stories" under an article: up to four public articles that share the most tags with
// it, then the most similar by text (the article's title words against the full-text index),
// never the article itself nor anything the caller already lists ("Latest from" the author), and
// only from the article's own edition (tags belong to one edition; the text match says so itself).
import 'server-only';
import { getDb } from '@/db';
import { parseSearch } from '@/lib/search-query';
import type { LatestLink } from './public';
import { syncSearchIndex } from './search-index';

export const RELATED_LIMIT = 4;

/** Related stories for `articleId`, leaving out `excludeIds`; most shared tags first. */
export function listRelated(articleId: number, excludeIds: number[], now: number): LatestLink[] {
  const sqlite = getDb().$client;
  const exclude = JSON.stringify([articleId, ...excludeIds]);
  const byTags = sqlite
    .prepare(
      `SELECT a.id, a.slug, a.title, a.published_at AS publishedAt, count(*) AS shared
         FROM article_tags mine JOIN article_tags theirs ON theirs.tag_id = mine.tag_id
         JOIN articles a ON a.id = theirs.article_id
        WHERE mine.article_id = @id AND a.status = 'published' AND a.published_at <= @now
          AND a.id NOT IN (SELECT value FROM json_each(@exclude))
        GROUP BY a.id ORDER BY shared DESC, a.published_at DESC LIMIT @limit`,
    )
    .all({ id: articleId, now, exclude, limit: RELATED_LIMIT }) as (LatestLink & { shared: number })[];
  const found: LatestLink[] = byTags.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    publishedAt: r.publishedAt,
  }));
  if (found.length < RELATED_LIMIT)
    found.push(
      ...similarByText(
        articleId,
        [...excludeIds, ...found.map((f) => f.id)],
        now,
        RELATED_LIMIT - found.length,
      ),
    );
  return found;
}

function similarByText(articleId: number, excludeIds: number[], now: number, limit: number): LatestLink[] {
  const sqlite = getDb().$client;
  const row = sqlite.prepare('SELECT title, summary FROM articles WHERE id = ?').get(articleId) as
    { title: string; summary: string } | undefined;
  if (!row) return [];
  // Any one of the longer title and summary words: short words ("the", "in") match everything.
  const words = parseSearch(`${row.title} ${row.summary}`.replace(/"/g, ' ') + ' ')
    .terms.filter((t) => t.text.length >= 4)
    .slice(0, 8);
  if (words.length === 0) return [];
  syncSearchIndex();
  const match = words.map((t) => `"${t.text.replace(/"/g, '""')}"`).join(' OR ');
  return sqlite
    .prepare(
      `SELECT a.id, a.slug, a.title, a.published_at AS publishedAt
         FROM search_index CROSS JOIN articles a ON a.id = search_index.rowid
        WHERE search_index MATCH @match AND a.status = 'published' AND a.published_at <= @now
          AND a.edition_id = (SELECT edition_id FROM articles WHERE id = @id)
          AND a.id NOT IN (SELECT value FROM json_each(@exclude))
        ORDER BY bm25(search_index, 10.0, 4.0, 1.0, 0.0, 3.0), a.published_at DESC LIMIT @limit`,
    )
    .all({
      match,
      now,
      id: articleId,
      exclude: JSON.stringify([articleId, ...excludeIds]),
      limit,
    }) as LatestLink[];
}

// The public "Most read" lists: public articles by views counted today and over the last seven
// newsroom days (view_days rows, keyed by the newsroom's calendar day, lib/days.ts). Unlike the
// newsroom's stats (db/readers/stats.ts) anyone may read these, so only public articles appear.
import 'server-only';
import { getDb } from '@/db';
import { addDays, newsroomDay } from '@/lib/days';
import type { LatestLink } from '@/db/articles/public';

export type MostReadRange = 'today' | 'week';
export type MostReadEntry = LatestLink & { views: number };

/** One edition's most read: each edition has its own readers. */
export function listMostRead(
  range: MostReadRange,
  editionId: number,
  now: number,
  limit = 5,
): MostReadEntry[] {
  const today = newsroomDay(now);
  const from = range === 'today' ? today : addDays(today, -6);
  // The day index first (covering: day, article, count), then each article by id.
  return getDb()
    .$client.prepare(
      `SELECT a.id, a.slug, a.title, a.published_at AS publishedAt, SUM(d.count) AS views
         FROM view_days d INDEXED BY view_days_day_idx CROSS JOIN articles a ON a.id = d.article_id
        WHERE d.day >= ? AND a.status = 'published' AND a.published_at <= ? AND a.edition_id = ?
        GROUP BY d.article_id HAVING SUM(d.count) > 0
        ORDER BY views DESC, a.published_at DESC LIMIT ?`,
    )
    .all(from, now, editionId, limit) as MostReadEntry[];
}

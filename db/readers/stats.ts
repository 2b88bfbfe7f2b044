// Readership numbers for the newsroom (issue 4): views today / this week / all time from the per-day
// counts, most read, best rated, and an article's views over time. Days are the newsroom's calendar
// days (lib/days.ts), as view_days stores them. Journalists see only their own articles' numbers;
// editors and admins see everyone's.
// Archive scale (issue 9): the table walks the (listed_at, id) indexes from the nearer end, its total
// is the article_counts rows, most read starts from the covering (day, article_id, count) index and
// best rated reads only rated articles (the partial articles_rated_idx).
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { addDays, lastDays, newsroomDay } from '@/lib/days';
import { getDb } from '@/db';
import { hasRole, requireRole, PermissionError, type Actor } from '@/db/people/permissions';
import { nearerEnd } from '@/lib/pagination';

/** How many "average votes" the Bayesian prior weighs: one 5-star vote cannot top the list. */
export const BAYES_PRIOR_VOTES = 5;
export const STATS_PAGE_SIZE = 50;

/** The first day of "this week": the last seven newsroom days, today included. */
function weekStart(now: number): string {
  return addDays(newsroomDay(now), -6);
}

function scope(actor: Actor): SQL {
  requireRole(actor, 'journalist');
  const authorId = actor.id;
  return hasRole(actor, 'editor') ? sql`1 = 1` : sql`a.author_id = ${authorId}`;
}

export type ArticleStats = {
  id: number;
  title: string;
  slug: string;
  status: string;
  publishedAt: number | null;
  viewsToday: number;
  viewsWeek: number;
  views: number;
  ratingAverage: number | null;
  ratingCount: number;
};

function selectStats(where: SQL, now: number, tail: SQL = sql.empty()): ArticleStats[] {
  return getDb()
    .all<Omit<ArticleStats, 'ratingAverage'> & { sum: number }>(
      sql`
      SELECT a.id, a.title, a.slug, a.status, a.published_at AS publishedAt, a.views,
        a.rating_sum AS sum, a.rating_count AS ratingCount,
        COALESCE((SELECT SUM(count) FROM view_days d WHERE d.article_id = a.id AND d.day = ${newsroomDay(now)}), 0) AS viewsToday,
        COALESCE((SELECT SUM(count) FROM view_days d WHERE d.article_id = a.id AND d.day >= ${weekStart(now)}), 0) AS viewsWeek
      FROM articles a WHERE ${where} ${tail}`,
    )
    .map(({ sum, ...row }) => ({ ...row, ratingAverage: row.ratingCount ? sum / row.ratingCount : null }));
}

/** Every article the actor may see, newest first, with its views and rating; `offset` pages on. */
export function listArticleStats(
  actor: Actor,
  options: { now?: number; limit?: number; offset?: number } = {},
): ArticleStats[] {
  const where = scope(actor);
  const { reverse, skip, take } = nearerEnd(
    countArticleStats(actor),
    options.limit ?? 200,
    options.offset ?? 0,
  );
  if (take <= 0) return [];
  const order = reverse ? sql`ASC` : sql`DESC`;
  // The page's ids come from the index alone; only those rows are read and given their numbers.
  const ids = sql`SELECT a.id FROM articles a WHERE ${where}
    ORDER BY coalesce(a.published_at, a.created_at) ${order}, a.id ${order} LIMIT ${take} OFFSET ${skip}`;
  return selectStats(
    sql`a.id IN (${ids})`,
    options.now ?? Date.now(),
    sql`ORDER BY coalesce(a.published_at, a.created_at) DESC, a.id DESC`,
  );
}

/** How many articles listArticleStats can list for the actor: counter rows, not the articles. */
export function countArticleStats(actor: Actor): number {
  requireRole(actor, 'journalist');
  const authorId = actor.id;
  const byAuthor = hasRole(actor, 'editor') ? sql`1 = 1` : sql`author_id = ${authorId}`;
  return (
    getDb().get<{ n: number | null }>(sql`SELECT SUM(n) AS n FROM article_counts WHERE ${byAuthor}`)!.n ?? 0
  );
}

/** One article's numbers, or null when it does not exist or is not the actor's to see. */
export function getArticleStats(actor: Actor, articleId: number, now = Date.now()): ArticleStats | null {
  return selectStats(sql`${scope(actor)} AND a.id = ${articleId}`, now)[0] ?? null;
}

export type ReadEntry = { id: number; title: string; slug: string; views: number };

/** Published articles by views counted today or in the last seven days. */
export function mostRead(
  actor: Actor,
  options: { range: 'today' | 'week'; now?: number; limit?: number },
): ReadEntry[] {
  const now = options.now ?? Date.now();
  const from = options.range === 'today' ? newsroomDay(now) : weekStart(now);
  // view_days first, through its covering day index: the period's rows, then each article by id,
  // never every published article probed for views.
  return getDb().all<ReadEntry>(sql`
    SELECT a.id, a.title, a.slug, SUM(d.count) AS views
    FROM view_days d INDEXED BY view_days_day_idx CROSS JOIN articles a ON a.id = d.article_id
    WHERE d.day >= ${from} AND a.status = 'published' AND ${scope(actor)}
    GROUP BY d.article_id HAVING SUM(d.count) > 0
    ORDER BY views DESC, a.id DESC LIMIT ${options.limit ?? 10}`);
}

export type RatedEntry = {
  id: number;
  title: string;
  slug: string;
  average: number;
  count: number;
  score: number;
};

/**
 * Published articles by Bayesian average: (C·m + sum) / (C + count), where m is the site-wide mean
 * of all counted votes and C = BAYES_PRIOR_VOTES. Few votes pull an article toward the site's mean,
 * so a single 5-star vote ranks below many 4.5-star ones.
 */
export function bestRated(actor: Actor, options: { limit?: number; priorVotes?: number } = {}): RatedEntry[] {
  const c = options.priorVotes ?? BAYES_PRIOR_VOTES;
  const db = getDb();
  const site = db.get<{ sum: number | null; count: number | null }>(
    sql`SELECT SUM(rating_sum) AS sum, SUM(rating_count) AS count FROM articles WHERE rating_count > 0`,
  )!;
  const mean = site.count ? (site.sum ?? 0) / site.count : 0;
  // `+a.status` keeps the planner off the status index: the rated rows (partial index) are fewer.
  return db
    .all<{ id: number; title: string; slug: string; sum: number; count: number }>(
      sql`
      SELECT a.id, a.title, a.slug, a.rating_sum AS sum, a.rating_count AS count FROM articles a
      WHERE a.rating_count > 0 AND +a.status = 'published' AND ${scope(actor)}`,
    )
    .map((a) => ({
      id: a.id,
      title: a.title,
      slug: a.slug,
      count: a.count,
      average: a.sum / a.count,
      score: (c * mean + a.sum) / (c + a.count),
    }))
    .sort((a, b) => b.score - a.score || b.count - a.count || b.id - a.id)
    .slice(0, options.limit ?? 10);
}

/** Views per newsroom day for the last `days` days (oldest first, zero-filled), for a chart. */
export function viewsOverTime(
  actor: Actor,
  articleId: number,
  days = 30,
  now = Date.now(),
): { day: string; views: number }[] {
  const db = getDb();
  const article = db.get<{ authorId: number }>(
    sql`SELECT author_id AS authorId FROM articles WHERE id = ${articleId}`,
  );
  requireRole(actor, 'journalist');
  const actorId = actor.id;
  if (article && !hasRole(actor, 'editor') && article.authorId !== actorId) {
    throw new PermissionError("Journalists see only their own articles' numbers.");
  }
  const range = lastDays(days, now);
  const rows = db.all<{ day: string; count: number }>(sql`
    SELECT day, count FROM view_days
    WHERE article_id = ${articleId} AND day >= ${range[0]} AND day <= ${range[range.length - 1]}`);
  const byDay = new Map(rows.map((r) => [r.day, r.count]));
  return range.map((day) => ({ day, views: byDay.get(day) ?? 0 }));
}

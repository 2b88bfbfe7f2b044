// Page views (DESIGN.md §3). A view counts when the reader has not been counted for this article in
// the last 30 minutes; the decision, the total and the day's row are single SQL statements in one
// transaction, so parallel beacons can never lose or double an increment. The day's row is the
// newsroom's calendar day (lib/days.ts), the same day the stats pages read.
import 'server-only';
import { and, eq, lte, sql } from 'drizzle-orm';
import { newsroomDay } from '@/lib/days';
import { getDb, type Executor } from '@/db';
import { articles, readerViews, viewDays } from '@/db/schema';

export const VIEW_WINDOW_MS = 30 * 60 * 1000;

export type ViewResult = { counted: boolean; views: number };

function isPublicAt(now: number) {
  return and(eq(articles.status, 'published'), lte(articles.publishedAt, now));
}

/** Records one reader's view of a public article; null when the article is not public at `now`. */
export function recordView(
  input: { articleId: number; readerId: string },
  now = Date.now(),
): ViewResult | null {
  return getDb().transaction((tx) => recordViewOn(tx, input, now), { behavior: 'immediate' });
}

/**
 * recordView's statements on a connection that already holds the write lock (a transaction, or a
 * group commit's savepoint, db/group-commit.ts).
 */
export function recordViewOn(
  db: Executor,
  input: { articleId: number; readerId: string },
  now: number,
): ViewResult | null {
  const { articleId, readerId } = input;
  const article = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, articleId), isPublicAt(now)))
    .get();
  if (!article) return null;
  // The upsert only writes (and so only returns a row) for a new reader or one last counted
  // at least 30 minutes ago: that returned row is the decision to count.
  const counted = db
    .insert(readerViews)
    .values({ articleId, readerId, lastCountedAt: now })
    .onConflictDoUpdate({
      target: [readerViews.articleId, readerViews.readerId],
      set: { lastCountedAt: now },
      setWhere: lte(readerViews.lastCountedAt, now - VIEW_WINDOW_MS),
    })
    .returning({ at: readerViews.lastCountedAt })
    .all();
  if (counted.length === 0) {
    const current = db
      .select({ views: articles.views })
      .from(articles)
      .where(eq(articles.id, articleId))
      .get()!;
    return { counted: false, views: current.views };
  }
  const row = db
    .update(articles)
    .set({ views: sql`${articles.views} + 1` })
    .where(eq(articles.id, articleId))
    .returning({ views: articles.views })
    .get()!;
  db.insert(viewDays)
    .values({ articleId, day: newsroomDay(now), count: 1 })
    .onConflictDoUpdate({
      target: [viewDays.articleId, viewDays.day],
      set: { count: sql`${viewDays.count} + 1` },
    })
    .run();
  return { counted: true, views: row.views };
}

/** The view count of a public article, or null when it is not public at `now`. */
export function getViews(articleId: number, now = Date.now()): number | null {
  const row = getDb()
    .select({ views: articles.views })
    .from(articles)
    .where(and(eq(articles.id, articleId), isPublicAt(now)))
    .get();
  return row ? row.views : null;
}

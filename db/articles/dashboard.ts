// The newsroom dashboard's lists. A journalist sees only their own articles (by byline); editors
// and admins see everything, plus the review queue and what is scheduled (DESIGN.md §5).
// API:
//   listDashboardArticles(actor, { status?, q?, page?, mine?, pageSize?, now? }) → { rows, total, page, pageSize, pageCount }
//   listReviewQueue(actor, now?) → DashboardRow[] (oldest waiting first)     editors+
//   listScheduled(actor, now?) → DashboardRow[] (soonest first)             editors+
// Archive scale (issue 9): the total comes from article_counts (kept by triggers), or with a title
// filter from the article_titles trigram index (title-filter.ts), and a page's ids are read from the
// (updated_at, id) indexes from the nearer end.
import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, sql, sum, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { deriveState, isEditor, stateCondition, type ArticleState } from './access';
import { titleFilter } from './title-filter';
import { addDays, newsroomDay } from '@/lib/days';
import { nearerEnd, pageCount } from '@/lib/pagination';
import { requireRole, type Actor } from '@/db/people/permissions';
import { articleCounts, articles, sections, users, viewDays } from '@/db/schema';

export const DASHBOARD_PAGE_SIZE = 20;

export type DashboardRow = {
  id: number;
  title: string;
  slug: string;
  state: ArticleState;
  sectionName: string | null;
  authorId: number;
  authorName: string;
  updatedAt: number;
  publishedAt: number | null;
  views: number;
  /** Views on the newsroom's today and in its last seven days (lib/days.ts), as on the stats page. */
  viewsToday: number;
  viewsWeek: number;
  /** null until someone has rated it. */
  ratingAverage: number | null;
  ratingCount: number;
};

export type DashboardQuery = {
  status?: ArticleState;
  q?: string;
  page?: number;
  mine?: boolean;
  pageSize?: number;
  now?: number;
};
export type DashboardPage = {
  rows: DashboardRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

/** View counts per period are correlated subqueries of the one list query: no query per row. */
function viewsSince(from: string): SQL<number> {
  const counted = sql`SELECT SUM(d.count) FROM ${viewDays} d
    WHERE d.article_id = ${articles.id} AND d.day >= ${from}`;
  return sql<number>`COALESCE((${counted}), 0)`.mapWith(Number);
}

const columns = (now: number) => ({
  id: articles.id,
  title: articles.title,
  slug: articles.slug,
  status: articles.status,
  sectionName: sections.name,
  authorId: articles.authorId,
  authorName: users.name,
  updatedAt: articles.updatedAt,
  publishedAt: articles.publishedAt,
  views: articles.views,
  ratingSum: articles.ratingSum,
  ratingCount: articles.ratingCount,
  viewsToday: viewsSince(newsroomDay(now)),
  viewsWeek: viewsSince(addDays(newsroomDay(now), -6)),
});

function rowsWhere(where: SQL | undefined, now: number, order: SQL[]): DashboardRow[] {
  const q = getDb()
    .select(columns(now))
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(...order);
  return q.all().map(({ status, ratingSum, ...r }) => ({
    ...r,
    state: deriveState(status, r.publishedAt, now),
    ratingAverage: r.ratingCount > 0 ? ratingSum / r.ratingCount : null,
  }));
}

/**
 * How many articles match, without reading them: a few counter rows, less what is scheduled (an
 * indexed range of the few published articles still in the future) when the state needs it.
 */
function countByState(authorId: number | undefined, state: ArticleState | undefined, now: number): number {
  const db = getDb();
  const stored = state === 'scheduled' || state === 'published' ? 'published' : state;
  const counted = and(
    authorId === undefined ? undefined : eq(articleCounts.authorId, authorId),
    stored === undefined ? undefined : eq(articleCounts.status, stored),
  );
  const n = Number(
    db
      .select({ n: sum(articleCounts.n) })
      .from(articleCounts)
      .where(counted)
      .get()?.n ?? 0,
  );
  if (state !== 'scheduled' && state !== 'published') return n;
  const future = and(
    stateCondition('scheduled', now),
    authorId === undefined ? undefined : eq(articles.authorId, authorId),
  );
  const scheduled = db.select({ n: count() }).from(articles).where(future).get()?.n ?? 0;
  return state === 'scheduled' ? scheduled : n - scheduled;
}

export async function listDashboardArticles(
  actor: Actor,
  query: DashboardQuery = {},
): Promise<DashboardPage> {
  requireRole(actor, 'journalist', 'Sign in as staff to see the dashboard.');
  const now = query.now ?? Date.now();
  const pageSize = query.pageSize ?? DASHBOARD_PAGE_SIZE;
  const page = Math.max(1, Math.trunc(query.page ?? 1));
  const filters: SQL[] = [];
  const authorId = !isEditor(actor) || query.mine ? actor.id : undefined;
  if (authorId !== undefined) filters.push(eq(articles.authorId, authorId));
  if (query.status) filters.push(stateCondition(query.status, now));
  const inScope = countByState(authorId, query.status, now);
  const q = query.q?.trim();
  const title = q ? titleFilter(q, inScope) : null;
  if (title) filters.push(title.where);
  const where = filters.length > 0 ? and(...filters) : undefined;
  const scoped = authorId !== undefined || !!query.status;
  const total = !title
    ? inScope
    : title.matches !== null && !scoped
      ? title.matches
      : (getDb().select({ n: count() }).from(articles).where(where).get()?.n ?? 0);
  const { reverse, skip, take } = nearerEnd(total, pageSize, (page - 1) * pageSize);
  const order = reverse ? asc : desc;
  const ids = getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(where)
    .orderBy(order(articles.updatedAt), order(articles.id))
    .limit(take)
    .offset(skip);
  const rows =
    take > 0 ? rowsWhere(inArray(articles.id, ids), now, [desc(articles.updatedAt), desc(articles.id)]) : [];
  return { rows, total, page, pageSize, pageCount: pageCount(total, pageSize) };
}

export async function listReviewQueue(actor: Actor, now = Date.now()): Promise<DashboardRow[]> {
  requireRole(actor, 'editor', 'Only editors see the review queue.');
  return rowsWhere(eq(articles.status, 'review'), now, [asc(articles.updatedAt), asc(articles.id)]);
}

export async function listScheduled(actor: Actor, now = Date.now()): Promise<DashboardRow[]> {
  requireRole(actor, 'editor', 'Only editors see what is scheduled.');
  return rowsWhere(and(eq(articles.status, 'published'), gt(articles.publishedAt, now)), now, [
    asc(articles.publishedAt),
    asc(articles.id),
  ]);
}

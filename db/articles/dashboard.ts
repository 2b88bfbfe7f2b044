// The newsroom dashboard's lists. A journalist sees only their own articles (by byline); editors
// and admins see everything, plus the review queue and what is scheduled (DESIGN.md §5).
// API:
//   listDashboardArticles(actor, { status?, q?, page?, mine?, editionId?, pageSize?, now? }) → { rows, total, page, pageSize, pageCount }
//   listReviewQueue(actor, now?) → DashboardRow[] (oldest waiting first)     editors+
//   listScheduled(actor, now?) → DashboardRow[] (soonest first)             editors+
// Archive scale (issue 9): the total comes from article_counts (kept by triggers), or with a title
// filter from the article_titles trigram index (title-filter.ts), and a page's ids are read from the
// (updated_at, id) indexes from the nearer end. Each row names the story's other editions (issue 11)
// in the same query: two indexed lookups per row (the root by id, its translations by translation_of).
import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, sql, sum, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { deriveState, isEditor, stateCondition, type ArticleState } from './access';
import { titleFilter } from './title-filter';
import { addDays, newsroomDay } from '@/lib/days';
import { nearerEnd, pageCount } from '@/lib/pagination';
import { requireRole, type Actor } from '@/db/people/permissions';
import {
  articleCounts,
  articles,
  editions,
  sections,
  users,
  viewDays,
  type ArticleStatus,
} from '@/db/schema';

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
  editionId: number;
  /** The story's other tellings, one per edition, in edition order (issue 11). */
  tellings: DashboardTelling[];
};

export type DashboardTelling = {
  id: number;
  editionTag: string;
  editionName: string;
  state: ArticleState;
};

export type DashboardQuery = {
  status?: ArticleState;
  q?: string;
  page?: number;
  mine?: boolean;
  /** Only this edition's articles. */
  editionId?: number;
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
  editionId: articles.editionId,
  tellings: tellingsOf(),
});

/**
 * The story's other articles as a JSON array: the root by its primary key and the translations by
 * articles_translation_idx, never this row itself.
 */
function tellingsOf(): SQL<string | null> {
  const story = sql`coalesce(${articles.translationOf}, ${articles.id})`;
  return sql<string | null>`(SELECT json_group_array(json_object('id', t.id, 'tag', e.tag, 'name', e.name,
      'status', t.status, 'publishedAt', t.published_at, 'position', e.position, 'isDefault', e.is_default))
    FROM (SELECT r.id, r.edition_id, r.status, r.published_at FROM articles r WHERE r.id = ${story}
      UNION ALL SELECT x.id, x.edition_id, x.status, x.published_at FROM articles x
        WHERE x.translation_of = ${story}) t
    JOIN ${editions} e ON e.id = t.edition_id
    WHERE t.id <> ${articles.id})`;
}

type TellingJson = {
  id: number;
  tag: string;
  name: string;
  status: ArticleStatus;
  publishedAt: number | null;
  position: number;
  isDefault: number;
};

function parseTellings(json: string | null, now: number): DashboardTelling[] {
  const list = JSON.parse(json ?? '[]') as TellingJson[];
  return list
    .sort((a, b) => b.isDefault - a.isDefault || a.position - b.position || a.id - b.id)
    .map((t) => ({
      id: t.id,
      editionTag: t.tag,
      editionName: t.name,
      state: deriveState(t.status, t.publishedAt, now),
    }));
}

function rowsWhere(where: SQL | undefined, now: number, order: SQL[]): DashboardRow[] {
  const q = getDb()
    .select(columns(now))
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(...order);
  return q.all().map(({ status, ratingSum, tellings, ...r }) => ({
    ...r,
    tellings: parseTellings(tellings, now),
    state: deriveState(status, r.publishedAt, now),
    ratingAverage: r.ratingCount > 0 ? ratingSum / r.ratingCount : null,
  }));
}

/**
 * How many articles match, without reading them: a few counter rows, less what is scheduled (an
 * indexed range of the few published articles still in the future) when the state needs it.
 */
function countByState(
  authorId: number | undefined,
  state: ArticleState | undefined,
  editionId: number | undefined,
  now: number,
): number {
  const db = getDb();
  const stored = state === 'scheduled' || state === 'published' ? 'published' : state;
  const counted = and(
    authorId === undefined ? undefined : eq(articleCounts.authorId, authorId),
    stored === undefined ? undefined : eq(articleCounts.status, stored),
    editionId === undefined ? undefined : eq(articleCounts.editionId, editionId),
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
    editionId === undefined ? undefined : eq(articles.editionId, editionId),
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
  const editionId = query.editionId;
  if (editionId !== undefined) filters.push(eq(articles.editionId, editionId));
  const inScope = countByState(authorId, query.status, editionId, now);
  const q = query.q?.trim();
  const title = q ? titleFilter(q, inScope) : null;
  if (title) filters.push(title.where);
  const where = filters.length > 0 ? and(...filters) : undefined;
  const scoped = authorId !== undefined || !!query.status || editionId !== undefined;
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

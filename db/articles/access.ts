// An article's state and who may read it: shared by the editor, workflow, revisions and dashboard
// modules (DESIGN.md §5). Who may change it, and how it moves, is the workflow table's
// (db/articles/workflow.ts).
// API:
//   ArticleState, deriveState(status, publishedAt, now?) → 'draft'|'review'|'scheduled'|'published'|'unpublished'
//   stateCondition(state, now) → SQL filter for a derived state
//   ArticleNotFoundError (404)
//   requireArticleReadable(actor, id, db?) → the article row
//   affectedArticle(db, id, states, before?) → Affected: the article's pages, if it is or was public
import 'server-only';
import { and, eq, gt, lte, type SQL } from 'drizzle-orm';
import { getDb, type Executor, type Reader } from '@/db';
import { articleRefs, NOTHING_PUBLIC, type Affected, type ArticleRef } from '@/db/affected';
import { hasRole, PermissionError, type Actor } from '@/db/people/permissions';
import { articles, type ArticleStatus } from '@/db/schema';
import { DomainError } from '@/lib/errors';

export const ARTICLE_STATES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

export function deriveState(
  status: ArticleStatus,
  publishedAt: number | null,
  now = Date.now(),
): ArticleState {
  if (status === 'published') return publishedAt != null && publishedAt > now ? 'scheduled' : 'published';
  return status;
}

export function stateCondition(state: ArticleState, now: number): SQL {
  switch (state) {
    case 'scheduled':
      return and(eq(articles.status, 'published'), gt(articles.publishedAt, now))!;
    case 'published':
      return and(eq(articles.status, 'published'), lte(articles.publishedAt, now))!;
    default:
      return eq(articles.status, state);
  }
}

export class ArticleNotFoundError extends DomainError {
  override readonly status = 404;
  constructor(id: number) {
    super(`There is no article with id ${id}.`);
    this.name = 'ArticleNotFoundError';
  }
}

/** Boolean, not a type guard: a journalist is still an Actor when this is false. */
export function isEditor(actor: Actor): boolean {
  return hasRole(actor, 'editor');
}

export type ArticleRow = typeof articles.$inferSelect;

export function findArticle(id: number, db: Reader = getDb()): ArticleRow | undefined {
  return db.select().from(articles).where(eq(articles.id, id)).get();
}

/** Staff read private article data; a journalist only their own (the byline is theirs). */
export function requireArticleReadable(actor: Actor, id: number, db: Reader = getDb()): ArticleRow {
  if (!hasRole(actor, 'journalist')) throw new PermissionError('Sign in as staff to see articles.');
  const row = findArticle(id, db);
  if (!row) throw new ArticleNotFoundError(id);
  if (!isEditor(actor) && row.authorId !== actor.id)
    throw new PermissionError('You can only open your own articles.');
  return row;
}

/** Scheduled counts: its lists and page change the moment its time comes. */
const SEEN_BY_READERS: readonly ArticleState[] = ['published', 'scheduled'];

/**
 * What a write to one article changed in public, given the states it went through: nothing while it
 * was never public; else its pages now and, when its author, section or tags changed, the lists it left.
 */
export function affectedArticle(
  db: Executor,
  id: number,
  states: ArticleState[],
  before?: ArticleRef,
): Affected {
  if (!states.some((s) => SEEN_BY_READERS.includes(s))) return NOTHING_PUBLIC;
  const now = articleRefs(db, [id]);
  const moved = before && !now.some((ref) => sameLists(ref, before));
  return { articles: moved ? [...now, before] : now };
}

function sameLists(a: ArticleRef, b: ArticleRef): boolean {
  const tags = (r: ArticleRef) => [...r.tagIds].sort((x, y) => x - y).join();
  return a.authorId === b.authorId && a.sectionId === b.sectionId && tags(a) === tags(b);
}

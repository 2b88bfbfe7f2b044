// Workflow state and who may see or change an article: shared by the editor, workflow, revisions
// and dashboard modules so the permission matrix lives in one place (DESIGN.md §5).
// API:
//   ArticleState, deriveState(status, publishedAt, now?) → 'draft'|'review'|'scheduled'|'published'|'unpublished'
//   stateCondition(state, now) → SQL filter for a derived state
//   ArticleNotFoundError (404)
//   requireArticleReadable(actor, id, db?) / requireArticleEditable(actor, id, db?) → the article row
import 'server-only';
import { and, eq, gt, lte, type SQL } from 'drizzle-orm';
import { getDb, type Reader } from '@/db';
import { hasRole, PermissionError, type Actor } from '@/db/people/permissions';
import { articles, type ArticleStatus } from '@/db/schema';

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

export class ArticleNotFoundError extends Error {
  readonly status = 404;
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

/** Editors edit anything; a journalist only their own article while it is a draft (or sent back). */
export function requireArticleEditable(actor: Actor, id: number, db: Reader = getDb()): ArticleRow {
  const row = requireArticleReadable(actor, id, db);
  if (!isEditor(actor) && row.status !== 'draft')
    throw new PermissionError(
      row.status === 'review'
        ? 'This article is with the editors for review; you can edit it again if it is sent back.'
        : 'Only an editor can change an article once it has been published.',
    );
  return row;
}

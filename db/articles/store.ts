// The writes shared by creating, saving and restoring an article: one revision per save, the
// article's tags, old slugs of public articles kept as permanent redirects, and the workflow row that
// every way of creating a draft (writing one, translating one) starts its history with.
// API (used inside a transaction):
//   Tx, insertRevision(tx, articleId, version, values, savedBy)
//   recordCreation(tx, articleId, actorId, now, comment?) — the workflow's "new → draft" row
//   ensureBaselineRevision(tx, article) — an imported article gets a revision for its current version
//   replaceArticleTags(tx, articleId, names);  tagNamesOf(db, articleId)
//   keepOldSlug(tx, article, newSlug, now)
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Reader, Tx } from '@/db';
import { resolveTagIds, type ArticleValues } from './input';
import { deriveState, type ArticleRow } from './access';
import { articleTags, articles, revisions, slugRedirects, tags, transitions } from '@/db/schema';

type RevisionContent = Pick<
  ArticleValues,
  'title' | 'slug' | 'summary' | 'body' | 'sectionId' | 'authorId' | 'tags'
>;

export function insertRevision(
  tx: Tx,
  articleId: number,
  version: number,
  v: RevisionContent,
  savedBy: number | null,
  now = Date.now(),
) {
  tx.insert(revisions)
    .values({
      articleId,
      version,
      title: v.title,
      slug: v.slug,
      summary: v.summary,
      body: v.body,
      sectionId: v.sectionId,
      authorId: v.authorId,
      tags: JSON.stringify(v.tags),
      savedBy,
      createdAt: now,
    })
    .run();
}

/**
 * A new article enters the workflow as a draft; its history starts with that move, so the first line
 * of the workflow log says who created it (and, for a translation, from what).
 */
export function recordCreation(tx: Tx, articleId: number, actorId: number, now: number, comment?: string) {
  tx.insert(transitions)
    .values({ articleId, fromStatus: 'new', toStatus: 'draft', actorId, comment, createdAt: now })
    .run();
}

export function ensureBaselineRevision(tx: Tx, a: ArticleRow): void {
  const has = tx
    .select({ id: revisions.id })
    .from(revisions)
    .where(and(eq(revisions.articleId, a.id), eq(revisions.version, a.version)))
    .get();
  if (!has)
    insertRevision(tx, a.id, a.version, { ...a, tags: tagNamesOf(tx, a.id) }, a.createdBy, a.updatedAt);
}

export function tagNamesOf(db: Reader, articleId: number): string[] {
  return db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all()
    .map((r) => r.name);
}

export function replaceArticleTags(tx: Tx, articleId: number, names: string[]): void {
  const { editionId } = tx
    .select({ editionId: articles.editionId })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get()!;
  const ids = [...new Set(resolveTagIds(tx, editionId, names))];
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  if (ids.length > 0)
    tx.insert(articleTags)
      .values(ids.map((tagId) => ({ articleId, tagId })))
      .run();
}

/**
 * Readers may have linked to a published (or since unpublished) article's old slug, so it keeps
 * working as a redirect; a scheduled or draft article was never public, so nothing to keep.
 */
export function keepOldSlug(tx: Tx, a: ArticleRow, newSlug: string, now: number): void {
  // Back to one of its own old slugs: the article owns that URL again. A redirect to another article
  // is never removed here: checkArticleReferences refuses that slug instead.
  tx.delete(slugRedirects)
    .where(and(eq(slugRedirects.slug, newSlug), eq(slugRedirects.articleId, a.id)))
    .run();
  if (a.slug === newSlug) return;
  const state = deriveState(a.status, a.publishedAt, now);
  if (state !== 'published' && state !== 'unpublished') return;
  tx.insert(slugRedirects)
    .values({ slug: a.slug, articleId: a.id })
    .onConflictDoUpdate({ target: slugRedirects.slug, set: { articleId: a.id } })
    .run();
}

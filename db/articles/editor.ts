// The article editor's data: create and save (with optimistic concurrency); re-exports the reads.
// Permissions are enforced here (DESIGN.md §5); see db/article-state.ts for the matrix.
// API:
//   createArticle(actor, input) → { id, version, slug }
//   getArticleForEdit(actor, id, now?) → ArticleForEdit | null (null: no such article)   [article-view.ts]
//   saveArticle(actor, id, input & { baseVersion }) → SaveResult
//     throws ValidationError (fieldErrors per field), StaleVersionError (nothing written), PermissionError
//   getArticlePreview(actor, id) → PublicArticle | null (the reader's shape, whatever the status)  [article-view.ts]
//   listBylineOptions(actor) → staff who may appear as the byline  [article-view.ts]
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkArticleReferences, validateArticleInput, type ArticleInput, type ArticleValues } from './input';
import { describeChangesSince, StaleVersionError } from './conflicts';
import { deriveState, isEditor, requireArticleEditable, type ArticleState } from './access';
import {
  ensureBaselineRevision,
  insertRevision,
  keepOldSlug,
  replaceArticleTags,
  tagIdsOf,
  tagNamesOf,
} from './store';
import { newsroomTimeZone } from '@/lib/config';
import { ValidationError } from '@/lib/errors';
import { PermissionError, requireRole, type Actor } from '@/db/people/permissions';
import { articles, transitions } from '@/db/schema';

export { StaleVersionError } from './conflicts';
export type { FieldChange } from './conflicts';
export type { ArticleInput } from './input';
export type { ArticleState } from './access';
// The editor's reads live in article-view.ts; one import path serves the whole editor.
export { getArticleForEdit, getArticlePreview, listBylineOptions } from './editor-view';
export type { ArticleForEdit, BylineOption } from './editor-view';

/** Tags (cache tags, app/cache-tags.ts) of the article before and after a change. */
export type AffectedArticle = {
  id: number;
  authorId: number;
  sectionId: number | null;
  tagIds: number[];
  previousAuthorId: number;
  previousSectionId: number | null;
  previousTagIds: number[];
};

export type SaveResult = {
  id: number;
  version: number;
  slug: string;
  state: ArticleState;
  affectedTags: AffectedArticle;
};

const ARTICLE_COLUMNS = [
  'title',
  'slug',
  'summary',
  'body',
  'sectionId',
  'authorId',
  'leadImageId',
  'leadImageCaption',
  'leadImageCredit',
  'publishedAt',
] as const;

/** The article columns among the validated values (tags live in their own table). */
function columnsOf(v: ArticleValues): Pick<ArticleValues, (typeof ARTICLE_COLUMNS)[number]> {
  return Object.fromEntries(ARTICLE_COLUMNS.map((k) => [k, v[k]])) as Pick<
    ArticleValues,
    (typeof ARTICLE_COLUMNS)[number]
  >;
}

function bylineFor(actor: Actor, requested: number | undefined, fallback: number): number {
  if (requested === undefined || requested === fallback) return fallback;
  if (!isEditor(actor))
    throw new PermissionError('Only an editor can put someone else’s name on an article.');
  return requested;
}

export async function createArticle(
  actor: Actor,
  input: ArticleInput,
): Promise<{ id: number; version: number; slug: string }> {
  requireRole(actor, 'journalist', 'Sign in as staff to write articles.');
  const values = validateArticleInput(
    {
      title: input.title ?? '',
      slug: input.slug ?? '',
      summary: input.summary ?? '',
      body: input.body ?? '',
      sectionId: input.sectionId ?? null,
      authorId: bylineFor(actor, input.authorId, actor.id),
      tags: input.tags ?? [],
      leadImageId: input.leadImageId ?? null,
      leadImageCaption: input.leadImageCaption ?? '',
      leadImageCredit: input.leadImageCredit ?? '',
      publishedAt: input.publishedAt ?? null,
    },
    newsroomTimeZone(),
  );
  const now = Date.now();
  return getDb().transaction(
    (tx) => {
      checkArticleReferences(tx, actor, values, null);
      const row = tx
        .insert(articles)
        .values({
          ...columnsOf(values),
          status: 'draft',
          version: 1,
          createdBy: actor.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: articles.id })
        .get();
      replaceArticleTags(tx, row.id, values.tags);
      insertRevision(tx, row.id, 1, values, actor.id, now);
      tx.insert(transitions)
        .values({
          articleId: row.id,
          fromStatus: 'new',
          toStatus: 'draft',
          actorId: actor.id,
          createdAt: now,
        })
        .run();
      return { id: row.id, version: 1, slug: values.slug };
    },
    { behavior: 'immediate' },
  );
}

export async function saveArticle(
  actor: Actor,
  id: number,
  input: ArticleInput & { baseVersion: number },
): Promise<SaveResult> {
  if (!Number.isInteger(input.baseVersion))
    throw new ValidationError({
      baseVersion: ['Reload the article: the version it was based on is missing.'],
    });
  const now = Date.now();
  return getDb().transaction(
    (tx) => {
      const a = requireArticleEditable(actor, id, tx);
      if (a.version !== input.baseVersion) {
        const c = describeChangesSince(tx, a, input.baseVersion);
        throw new StaleVersionError(c.currentVersion, c.savedBy, c.savedAt, c.changes);
      }
      const previousTagIds = tagIdsOf(tx, id);
      const values = validateArticleInput(
        {
          title: input.title ?? a.title,
          slug: input.slug ?? a.slug,
          summary: input.summary ?? a.summary,
          body: input.body ?? a.body,
          sectionId: input.sectionId === undefined ? a.sectionId : input.sectionId,
          authorId: bylineFor(actor, input.authorId, a.authorId),
          tags: input.tags ?? tagNamesOf(tx, id),
          leadImageId: input.leadImageId === undefined ? a.leadImageId : input.leadImageId,
          leadImageCaption: input.leadImageCaption ?? a.leadImageCaption,
          leadImageCredit: input.leadImageCredit ?? a.leadImageCredit,
          publishedAt: input.publishedAt === undefined ? a.publishedAt : input.publishedAt,
        },
        newsroomTimeZone(),
      );
      checkArticleReferences(tx, actor, values, id);
      // A published article always has a publish time; clearing the field keeps the one it has.
      if (a.status === 'published' && values.publishedAt == null) values.publishedAt = a.publishedAt ?? now;
      ensureBaselineRevision(tx, a);
      const version = a.version + 1;
      const updated = tx
        .update(articles)
        .set({ ...columnsOf(values), version, updatedAt: now })
        .where(and(eq(articles.id, id), eq(articles.version, a.version)))
        .run();
      if (updated.changes !== 1) throw new Error('The article changed during the save; nothing was written.');
      const tagIds = replaceArticleTags(tx, id, values.tags);
      insertRevision(tx, id, version, values, actor.id, now);
      keepOldSlug(tx, a, values.slug, now);
      return {
        id,
        version,
        slug: values.slug,
        state: deriveState(a.status, values.publishedAt, now),
        affectedTags: {
          id,
          authorId: values.authorId,
          sectionId: values.sectionId,
          tagIds,
          previousAuthorId: a.authorId,
          previousSectionId: a.sectionId,
          previousTagIds,
        },
      };
    },
    { behavior: 'immediate' },
  );
}

// The article editor's data: create, and save (with optimistic concurrency) with or without a
// workflow move in the same transaction; re-exports the reads. Permissions are enforced here
// (DESIGN.md §5): who may edit and move is the workflow table's (db/articles/workflow.ts).
// API:
//   createArticle(actor, input) → { id, version, slug }
//   getArticleForEdit(actor, id, now?) → ArticleForEdit | null (null: no such article)   [editor-view.ts]
//   saveArticle(actor, id, input & { baseVersion }, { move?, comment?, now? }) → SaveResult
//     throws ValidationError (fieldErrors per field), StaleVersionError, PermissionError,
//     TransitionError; whichever it throws, nothing was written (not the save either)
//   getArticlePreview(actor, id) → PublicArticle | null (the reader's shape, whatever the status)  [editor-view.ts]
//   listBylineOptions(actor) → staff who may appear as the byline  [editor-view.ts]
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { articleRefs, type Affected } from '@/db/affected';
import { checkArticleReferences, validateArticleInput, type ArticleInput, type ArticleValues } from './input';
import { describeChangesSince, StaleVersionError } from './conflicts';
import { affectedArticle, deriveState, isEditor, type ArticleRow, type ArticleState } from './access';
import { applyMove, requireArticleEditable, type WorkflowMove } from './workflow';
import {
  ensureBaselineRevision,
  insertRevision,
  keepOldSlug,
  recordCreation,
  replaceArticleTags,
  tagNamesOf,
} from './store';
import { hasBeenPublic } from './editor-view';
import { newsroomTimeZone } from '@/lib/config';
import { slugify } from '@/lib/slugs';
import { ValidationError } from '@/lib/errors';
import { requireDesk } from '@/db/people/desks';
import { PermissionError, requireRole, type Actor } from '@/db/people/permissions';
import { articles } from '@/db/schema';
import { getDefaultEdition, getEditionById } from '@/db/editions/editions';

export { StaleVersionError } from './conflicts';
export type { FieldChange } from './conflicts';
export type { ArticleInput } from './input';
// The editor's reads live in editor-view.ts; one import path serves the whole editor.
export { getArticleForEdit, getArticlePreview, listBylineOptions } from './editor-view';
export type { ArticleForEdit, BylineOption } from './editor-view';

export type SaveResult = {
  id: number;
  version: number;
  slug: string;
  /** After the save and the move, if there was one. */
  state: ArticleState;
  affected: Affected;
};

export type SaveOptions = {
  /** A move made in the same transaction, on the saved article: refused, it takes the save back. */
  move?: WorkflowMove;
  /** A send-back's comment. */
  comment?: string;
  now?: number;
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
  const editionId = input.editionId ?? getDefaultEdition().id;
  if (!getEditionById(editionId))
    throw new ValidationError({ editionId: ['Choose an edition from the list'] });
  const now = Date.now();
  return getDb().transaction(
    (tx) => {
      requireDesk(actor, editionId, tx);
      checkArticleReferences(tx, actor, values, null, editionId);
      const row = tx
        .insert(articles)
        .values({
          ...columnsOf(values),
          editionId,
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
      recordCreation(tx, row.id, actor.id, now);
      return { id: row.id, version: 1, slug: values.slug };
    },
    { behavior: 'immediate' },
  );
}

export async function saveArticle(
  actor: Actor,
  id: number,
  input: ArticleInput & { baseVersion: number },
  options: SaveOptions = {},
): Promise<SaveResult> {
  if (!Number.isInteger(input.baseVersion))
    throw new ValidationError({
      baseVersion: ['Reload the article: the version it was based on is missing.'],
    });
  const now = options.now ?? Date.now();
  return getDb().transaction(
    (tx) => {
      const a = requireArticleEditable(actor, id, tx);
      if (a.version !== input.baseVersion) {
        const c = describeChangesSince(tx, a, input.baseVersion);
        throw new StaleVersionError(c.currentVersion, c.savedBy, c.savedAt, c.changes);
      }
      // The lists it is on now: if the save moves it off one, that list changes too.
      const [before] = articleRefs(tx, [id]);
      const values = valuesFor(tx, actor, a, input);
      // A published article always has a publish time; clearing the field keeps the one it has.
      if (a.status === 'published' && values.publishedAt == null) values.publishedAt = a.publishedAt ?? now;
      const version = writeVersion(tx, actor, a, values, now);
      // The move sees the saved article; if it is refused, the throw takes the save back with it.
      const moved = options.move && applyMove(tx, actor, id, options.move, { comment: options.comment }, now);
      const from = deriveState(a.status, a.publishedAt, now);
      const state = moved ? moved.state : deriveState(a.status, values.publishedAt, now);
      return {
        id,
        version,
        slug: values.slug,
        state,
        affected: affectedArticle(tx, id, [from, state], before),
      };
    },
    { behavior: 'immediate' },
  );
}

/** The input over the article as it is: a field left out keeps its value. */
function valuesFor(tx: Tx, actor: Actor, a: ArticleRow, input: ArticleInput): ArticleValues {
  const values = validateArticleInput(
    {
      title: input.title ?? a.title,
      slug: keptSlug(tx, a, input),
      summary: input.summary ?? a.summary,
      body: input.body ?? a.body,
      sectionId: input.sectionId === undefined ? a.sectionId : input.sectionId,
      authorId: bylineFor(actor, input.authorId, a.authorId),
      tags: input.tags ?? tagNamesOf(tx, a.id),
      leadImageId: input.leadImageId === undefined ? a.leadImageId : input.leadImageId,
      leadImageCaption: input.leadImageCaption ?? a.leadImageCaption,
      leadImageCredit: input.leadImageCredit ?? a.leadImageCredit,
      publishedAt: input.publishedAt === undefined ? a.publishedAt : input.publishedAt,
    },
    newsroomTimeZone(),
  );
  checkArticleReferences(tx, actor, values, a.id, a.editionId);
  return values;
}

/**
 * The slug to validate. Once the article's URL may have been public (hasBeenPublic), a title edit
 * never moves it: a submitted slug that is just the new title slugified, replacing a slug that was
 * just the old title slugified, is the form following the title (an older page, a script), not a
 * person editing the slug field, so the article keeps its slug. Any other slug is taken as typed.
 */
function keptSlug(tx: Tx, a: ArticleRow, input: ArticleInput): string {
  const slug = input.slug ?? a.slug;
  const title = input.title ?? a.title;
  const followedTitle =
    title !== a.title && slug !== a.slug && slug === slugify(title) && a.slug === slugify(a.title);
  return followedTitle && hasBeenPublic(tx, a) ? a.slug : slug;
}

/** The next version: the row, its tags, its revision and any old slug readers may have linked to. */
function writeVersion(tx: Tx, actor: Actor, a: ArticleRow, values: ArticleValues, now: number): number {
  ensureBaselineRevision(tx, a);
  const version = a.version + 1;
  const updated = tx
    .update(articles)
    .set({ ...columnsOf(values), version, updatedAt: now })
    .where(and(eq(articles.id, a.id), eq(articles.version, a.version)))
    .run();
  if (updated.changes !== 1) throw new Error('The article changed during the save; nothing was written.');
  replaceArticleTags(tx, a.id, values.tags);
  insertRevision(tx, a.id, version, values, actor.id, now);
  keepOldSlug(tx, a, values.slug, now);
  return version;
}

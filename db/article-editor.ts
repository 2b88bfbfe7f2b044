// The article editor's data: create, open, save (with optimistic concurrency), preview.
// Permissions are enforced here (DESIGN.md §5); see db/article-state.ts for the matrix.
// API:
//   createArticle(actor, input) → { id, version, slug }
//   getArticleForEdit(actor, id, now?) → ArticleForEdit | null (null: no such article)
//   saveArticle(actor, id, input & { baseVersion }) → SaveResult
//     throws ValidationError (fieldErrors per field), StaleVersionError (nothing written), PermissionError
//   getArticlePreview(actor, id) → PublicArticle | null (the reader's shape, whatever the status)
//   listBylineOptions(actor) → staff who may appear as the byline
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { getDb } from './index';
import {
  checkArticleReferences,
  validateArticleInput,
  type ArticleInput,
  type ArticleValues,
} from './article-input';
import { StaleVersionError } from './article-conflict';
import { describeChangesSince } from './article-conflict';
import {
  deriveState,
  findArticle,
  isEditor,
  requireArticleEditable,
  requireArticleReadable,
  type ArticleRow,
  type ArticleState,
} from './article-state';
import {
  ensureBaselineRevision,
  insertRevision,
  keepOldSlug,
  replaceArticleTags,
  tagIdsOf,
  tagNamesOf,
} from './article-store';
import { newsroomTimeZone } from './config';
import { getPublicArticleById, type PublicArticle } from './articles';
import { ValidationError } from './errors';
import { imageView, type ImageView } from './images';
import { PermissionError, requireRole, type Actor } from './permissions';
import { articles, images, sections, transitions, users } from './schema';
import { formatNewsroomLocalInput } from './time';

export { StaleVersionError } from './article-conflict';
export type { FieldChange } from './article-conflict';
export type { ArticleInput } from './article-input';
export type { ArticleState } from './article-state';

export type ArticleForEdit = {
  id: number;
  title: string;
  slug: string;
  summary: string;
  body: string;
  sectionId: number | null;
  sectionName: string | null;
  authorId: number;
  authorName: string;
  tags: string[];
  leadImage: ImageView | null;
  leadImageCaption: string;
  leadImageCredit: string;
  status: ArticleRow['status'];
  state: ArticleState;
  version: number;
  publishedAt: number | null;
  /** publishedAt as the value of a datetime-local field on the newsroom's clock; '' when unset. */
  publishedAtLocal: string;
  createdAt: number;
  updatedAt: number;
  /** What this actor may do with it now. */
  canEdit: boolean;
  canPublish: boolean;
  /** The latest send-back, shown to the author until the article moves on. */
  sentBack: { comment: string; by: string; at: number } | null;
};

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

/** The article columns among the validated values (tags live in their own table). */
function columnsOf(v: ArticleValues) {
  const {
    title,
    slug,
    summary,
    body,
    sectionId,
    authorId,
    leadImageId,
    leadImageCaption,
    leadImageCredit,
    publishedAt,
  } = v;
  return {
    title,
    slug,
    summary,
    body,
    sectionId,
    authorId,
    leadImageId,
    leadImageCaption,
    leadImageCredit,
    publishedAt,
  };
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
      checkArticleReferences(tx, values, null);
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

export async function getArticleForEdit(
  actor: Actor,
  id: number,
  now = Date.now(),
): Promise<ArticleForEdit | null> {
  const db = getDb();
  if (!findArticle(id, db)) return null;
  const a = requireArticleReadable(actor, id, db);
  const author = db.select({ name: users.name }).from(users).where(eq(users.id, a.authorId)).get();
  const section =
    a.sectionId == null
      ? undefined
      : db.select({ name: sections.name }).from(sections).where(eq(sections.id, a.sectionId)).get();
  const image =
    a.leadImageId == null ? undefined : db.select().from(images).where(eq(images.id, a.leadImageId)).get();
  const state = deriveState(a.status, a.publishedAt, now);
  const editor = isEditor(actor);
  return {
    id: a.id,
    title: a.title,
    slug: a.slug,
    summary: a.summary,
    body: a.body,
    sectionId: a.sectionId,
    sectionName: section?.name ?? null,
    authorId: a.authorId,
    authorName: author?.name ?? '',
    tags: tagNamesOf(db, a.id),
    leadImage: image ? imageView(image) : null,
    leadImageCaption: a.leadImageCaption,
    leadImageCredit: a.leadImageCredit,
    status: a.status,
    state,
    version: a.version,
    publishedAt: a.publishedAt,
    publishedAtLocal:
      a.publishedAt == null ? '' : formatNewsroomLocalInput(a.publishedAt, newsroomTimeZone()),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    canEdit: editor || a.status === 'draft',
    canPublish: editor,
    sentBack: a.status === 'draft' ? latestSendBack(a.id) : null,
  };
}

function latestSendBack(articleId: number): ArticleForEdit['sentBack'] {
  const db = getDb();
  const last = db
    .select({
      to: transitions.toStatus,
      comment: transitions.comment,
      at: transitions.createdAt,
      by: users.name,
    })
    .from(transitions)
    .leftJoin(users, eq(users.id, transitions.actorId))
    .where(and(eq(transitions.articleId, articleId), ne(transitions.fromStatus, 'new')))
    .orderBy(desc(transitions.id))
    .get();
  return last && last.to === 'draft' && last.comment
    ? { comment: last.comment, by: last.by ?? '', at: last.at }
    : null;
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
      checkArticleReferences(tx, values, id);
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

export type BylineOption = { id: number; name: string; fullName: string; role: Actor['role'] };

/** An editor may credit any active staff member; a journalist writes as themself. */
export async function listBylineOptions(actor: Actor): Promise<BylineOption[]> {
  requireRole(actor, 'journalist', 'Sign in as staff to write articles.');
  const columns = { id: users.id, name: users.name, fullName: users.fullName, role: users.role };
  const where = isEditor(actor) ? eq(users.disabled, false) : eq(users.id, actor.id);
  return getDb().select(columns).from(users).where(where).orderBy(asc(users.name)).all();
}

/**
 * The article exactly as readers will see it (the public page's shape), whatever its status, for
 * staff who may open it. An unset publish time previews as "now", which is when it would go live.
 */
export async function getArticlePreview(
  actor: Actor,
  id: number,
  now = Date.now(),
): Promise<PublicArticle | null> {
  if (!findArticle(id)) return null;
  const a = requireArticleReadable(actor, id);
  const article = getPublicArticleById(id, now, true);
  return article && { ...article, publishedAt: a.publishedAt ?? now };
}

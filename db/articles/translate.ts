// Translating a story (issue 11, README "Translating"): "Translate" makes a linked draft in another
// edition from the source's stored (already sanitised) text, and remembers the story root's version
// it was made from. The root moving past that version flags the translation "source updated since
// translation" until its translator marks it current (DESIGN.md §5).
// API:
//   createTranslation(actor, sourceId, editionId, now?) → { id, slug }
//     throws ArticleNotFoundError (unknown source), ValidationError on editionId (unknown edition, the
//     source's own, one the story is already told in), PermissionError (role, desk, a private source)
//   markTranslationCurrent(actor, id, seenVersion?) → TranslationStatus
//   translationStatus(id) → TranslationStatus | null (null: not a translation)
import 'server-only';
import { and, eq, or } from 'drizzle-orm';
import { getDb, type Reader, type Tx } from '@/db';
import {
  ArticleNotFoundError,
  findArticle,
  isEditor,
  requireArticleReadable,
  type ArticleRow,
} from './access';
import { checkArticleReferences, type ArticleValues } from './input';
import { insertRevision, recordCreation } from './store';
import { requireArticleEditable } from './workflow';
import { requireDesk } from '@/db/people/desks';
import { requireRole, type Actor } from '@/db/people/permissions';
import { getEditionById } from '@/db/editions/editions';
import { articles } from '@/db/schema';
import { DomainError, ValidationError } from '@/lib/errors';
import { slugify } from '@/lib/slugs';

export type TranslationStatus = {
  /** The story root: the article every translation of the story is made from. */
  sourceId: number;
  /** The root's version now. */
  sourceVersion: number;
  /** The root's version this translation was made from, or last marked current against. */
  madeFromVersion: number | null;
  stale: boolean;
};

/** The root's id of the story this article tells (itself for a source). */
export const storyRootOf = (a: Pick<ArticleRow, 'id' | 'translationOf'>) => a.translationOf ?? a.id;

/**
 * Whose source text may be translated: staff who may read the article privately (an editor, its
 * author), or anyone on staff while it is published, since readers see that text anyway.
 */
export function requireTranslatable(actor: Actor, id: number, db: Reader = getDb()): ArticleRow {
  const row = findArticle(id, db);
  if (!row) throw new ArticleNotFoundError(id);
  if (row.status === 'published' && row.publishedAt != null && row.publishedAt <= Date.now()) return row;
  return requireArticleReadable(actor, id, db);
}

/** The story's article in an edition, if it has one. */
export function tellingIn(db: Reader, rootId: number, editionId: number) {
  return db
    .select({ id: articles.id, title: articles.title, authorId: articles.authorId })
    .from(articles)
    .where(
      and(eq(articles.editionId, editionId), or(eq(articles.id, rootId), eq(articles.translationOf, rootId))),
    )
    .get();
}

export async function createTranslation(
  actor: Actor,
  sourceId: number,
  editionId: number,
  now = Date.now(),
): Promise<{ id: number; slug: string }> {
  requireRole(actor, 'journalist', 'Sign in as staff to translate articles.');
  return getDb().transaction(
    (tx) => {
      const source = requireTranslatable(actor, sourceId, tx);
      const edition = Number.isInteger(editionId) ? getEditionById(editionId) : null;
      if (!edition) throw new ValidationError({ editionId: ['Choose an edition from the list'] });
      if (edition.id === source.editionId)
        throw new ValidationError({
          editionId: [`“${source.title}” is already in ${edition.name}: choose another edition`],
        });
      requireDesk(actor, edition.id, tx);
      const rootId = storyRootOf(source);
      const existing = tellingIn(tx, rootId, edition.id);
      if (existing) {
        const named = isEditor(actor) || existing.authorId === actor.id ? `: “${existing.title}”` : '';
        throw new ValidationError({
          editionId: [`This story is already told in ${edition.name}${named}`],
        });
      }
      const root = rootId === source.id ? source : findArticle(rootId, tx)!;
      return insertTranslation(tx, actor, source, root, edition, now);
    },
    { behavior: 'immediate' },
  );
}

function insertTranslation(
  tx: Tx,
  actor: Actor,
  source: ArticleRow,
  root: ArticleRow,
  edition: { id: number; tag: string; name: string },
  now: number,
): { id: number; slug: string } {
  // Sections and tags are per edition, so the translator files it; the slug starts from the source's
  // with the language tag, made unique the way a generated slug always is.
  const values: ArticleValues = {
    title: source.title,
    slug: `${slugify(source.title, 70)}-${slugify(edition.tag)}`,
    slugGenerated: true,
    summary: source.summary,
    body: source.body,
    sectionId: null,
    authorId: actor.id,
    tags: [],
    leadImageId: null,
    leadImageCaption: source.leadImageCaption,
    leadImageCredit: source.leadImageCredit,
    publishedAt: null,
  };
  checkArticleReferences(tx, actor, values, null, edition.id);
  // Checked without the lead image: it is the source's, and using it in the story's translation is
  // not borrowing someone's unpublished photo.
  values.leadImageId = source.leadImageId;
  const { leadImageId, leadImageCaption, leadImageCredit, title, slug, summary, body } = values;
  const row = tx
    .insert(articles)
    .values({
      ...{ title, slug, summary, body, leadImageId, leadImageCaption, leadImageCredit },
      authorId: actor.id,
      editionId: edition.id,
      status: 'draft',
      version: 1,
      translationOf: root.id,
      translationSourceVersion: root.version,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: articles.id })
    .get();
  insertRevision(tx, row.id, 1, values, actor.id, now);
  recordCreation(
    tx,
    row.id,
    actor.id,
    now,
    `Translation of “${source.title}” (version ${root.version} of the source)`,
  );
  return { id: row.id, slug: values.slug };
}

export function translationStatus(id: number, db: Reader = getDb()): TranslationStatus | null {
  const a = findArticle(id, db);
  if (!a || a.translationOf == null) return null;
  const root = findArticle(a.translationOf, db);
  if (!root) return null;
  const madeFrom = a.translationSourceVersion;
  return {
    sourceId: root.id,
    sourceVersion: root.version,
    madeFromVersion: madeFrom,
    stale: madeFrom != null && root.version > madeFrom,
  };
}

/** The source moved again between the translator's look and the click: they have not seen it. */
export class SourceMovedError extends DomainError {
  override readonly status = 409;
  constructor(readonly currentVersion: number) {
    super(
      `The source was saved again (now version ${currentVersion}) since you looked: check the changes, then mark it current.`,
    );
    this.name = 'SourceMovedError';
  }
}

/**
 * The translator has brought the translation up to date with the source as it is now. `seenVersion`
 * is the source version the translator was shown; a different one is refused (SourceMovedError).
 */
export async function markTranslationCurrent(
  actor: Actor,
  id: number,
  seenVersion?: number,
): Promise<TranslationStatus> {
  return getDb().transaction(
    (tx) => {
      const a = requireArticleEditable(actor, id, tx);
      requireDesk(actor, a.editionId, tx);
      const status = translationStatus(id, tx);
      if (!status)
        throw new ValidationError({}, 'This article is not a translation, so it has no source to follow.');
      if (seenVersion !== undefined && seenVersion !== status.sourceVersion)
        throw new SourceMovedError(status.sourceVersion);
      tx.update(articles)
        .set({ translationSourceVersion: status.sourceVersion })
        .where(eq(articles.id, id))
        .run();
      return { ...status, madeFromVersion: status.sourceVersion, stale: false };
    },
    { behavior: 'immediate' },
  );
}

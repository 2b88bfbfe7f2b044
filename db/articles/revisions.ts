// Every save keeps a revision; the editor lists them, shows a readable diff of any revision against
// the current article, and restores one as a new revision (through the same save path and rules).
// API:
//   listRevisions(actor, articleId) → RevisionListItem[] (newest first)
//   diffRevision(actor, articleId, version) → RevisionDiff | null (null: no such revision)
//   diffAgainstCurrent(article, version) → the same, for a caller that checked who may read it
//     (a translation's source changes: db/articles/translation-view.ts)
//     fields[]: { field, label, changed, parts: { value, added?, removed? }[] }
//     title/slug/summary/section/author/tags are word diffs; the body is one part per text block
//   restoreRevision(actor, articleId, version, baseVersion) → SaveResult (StaleVersionError etc. as
//     saveArticle; RevisionNotFoundError when the article has no such version)
import 'server-only';
import { diffArrays, diffWords } from 'diff';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  namesFor,
  REVISION_FIELDS,
  revisionFieldText,
  type RevisionField,
  type RevisionRow,
} from './conflicts';
import { saveArticle, type SaveResult } from './editor';
import { isEditor, requireArticleReadable, type ArticleRow } from './access';
import { requireArticleEditable } from './workflow';
import { tagNamesOf } from './store';
import { DomainError } from '@/lib/errors';
import { htmlToTextBlocks } from '@/lib/html-text';
import type { Actor } from '@/db/people/permissions';
import { revisions, sections, users } from '@/db/schema';

export type RevisionListItem = {
  version: number;
  savedById: number | null;
  savedByName: string;
  savedAt: number;
  isCurrent: boolean;
};
export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldDiff = { field: RevisionField; label: string; changed: boolean; parts: DiffPart[] };
export type RevisionDiff = {
  version: number;
  currentVersion: number;
  savedByName: string;
  savedAt: number;
  fields: FieldDiff[];
};

export class RevisionNotFoundError extends DomainError {
  override readonly status = 404;
  constructor(version: number) {
    super(`This article has no version ${version}.`);
    this.name = 'RevisionNotFoundError';
  }
}

export async function listRevisions(actor: Actor, articleId: number): Promise<RevisionListItem[]> {
  const db = getDb();
  const a = requireArticleReadable(actor, articleId, db);
  return db
    .select({
      version: revisions.version,
      savedById: revisions.savedBy,
      savedByName: users.name,
      savedAt: revisions.createdAt,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.savedBy))
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(revisions.version))
    .all()
    .map((r) => ({ ...r, savedByName: r.savedByName ?? 'an import', isCurrent: r.version === a.version }));
}

function findRevision(articleId: number, version: number): RevisionRow | undefined {
  return getDb()
    .select()
    .from(revisions)
    .where(and(eq(revisions.articleId, articleId), eq(revisions.version, version)))
    .get();
}

/** The current article in a revision's shape, so both sides of a diff are read the same way. */
function currentAsRevision(a: ArticleRow): RevisionRow {
  return {
    ...a,
    articleId: a.id,
    tags: JSON.stringify(tagNamesOf(getDb(), a.id)),
    savedBy: null,
    createdAt: a.updatedAt,
  };
}

function parts(changes: { value: string | string[]; added?: boolean; removed?: boolean }[]): DiffPart[] {
  return changes.flatMap((c) => {
    const values = Array.isArray(c.value) ? c.value : [c.value];
    return values.map((value) => ({
      value,
      ...(c.added ? { added: true } : {}),
      ...(c.removed ? { removed: true } : {}),
    }));
  });
}

export async function diffRevision(
  actor: Actor,
  articleId: number,
  version: number,
): Promise<RevisionDiff | null> {
  return diffAgainstCurrent(requireArticleReadable(actor, articleId, getDb()), version);
}

/** One version of an article against its current one; the caller has checked who may read it. */
export function diffAgainstCurrent(a: ArticleRow, version: number): RevisionDiff | null {
  const old = findRevision(a.id, version);
  if (!old) return null;
  const current = currentAsRevision(a);
  const names = namesFor(getDb(), [old, current]);
  const saver =
    old.savedBy == null
      ? undefined
      : getDb().select({ name: users.name }).from(users).where(eq(users.id, old.savedBy)).get();
  const fields = REVISION_FIELDS.map(({ field, label }) => {
    const before = revisionFieldText(field, old, names);
    const after = revisionFieldText(field, current, names);
    const changes =
      field === 'body'
        ? diffArrays(htmlToTextBlocks(old.body), htmlToTextBlocks(current.body))
        : diffWords(before, after);
    return { field, label, changed: before !== after, parts: parts(changes) };
  });
  return {
    version,
    currentVersion: a.version,
    savedByName: saver?.name ?? 'an import',
    savedAt: old.createdAt,
    fields,
  };
}

export async function restoreRevision(
  actor: Actor,
  articleId: number,
  version: number,
  baseVersion: number,
): Promise<SaveResult> {
  const db = getDb();
  const a = requireArticleEditable(actor, articleId, db);
  const old = findRevision(articleId, version);
  if (!old) throw new RevisionNotFoundError(version);
  // A section deleted or an author disabled since then cannot come back; the current ones stay.
  const sectionExists =
    old.sectionId == null ||
    db.select({ id: sections.id }).from(sections).where(eq(sections.id, old.sectionId)).get();
  const author = db.select({ disabled: users.disabled }).from(users).where(eq(users.id, old.authorId)).get();
  return saveArticle(actor, articleId, {
    title: old.title,
    slug: old.slug,
    summary: old.summary,
    body: old.body,
    sectionId: sectionExists ? old.sectionId : a.sectionId,
    authorId: isEditor(actor) && author && !author.disabled ? old.authorId : undefined,
    tags: JSON.parse(old.tags) as string[],
    baseVersion,
  });
}

// A save based on an old version is refused, never merged silently: the error tells the author who
// saved since, when, and what changed field by field, computed from the revisions (issue 3, "No lost work").
// API:
//   StaleVersionError { currentVersion, savedBy, savedAt, changes: FieldChange[] } (409)
//   describeChangesSince(db, article, baseVersion) → { currentVersion, savedBy, savedAt, changes }
//   REVISION_FIELDS, revisionFieldText(field, revision, names)
import 'server-only';
import { diffArrays } from 'diff';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Reader } from '@/db';
import { DomainError } from '@/lib/errors';
import { htmlToTextBlocks } from '@/lib/html-text';
import { revisions, sections, users } from '@/db/schema';

export type RevisionField = 'title' | 'slug' | 'summary' | 'body' | 'section' | 'author' | 'tags';
export const REVISION_FIELDS: { field: RevisionField; label: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'slug', label: 'Slug' },
  { field: 'summary', label: 'Summary' },
  { field: 'body', label: 'Body' },
  { field: 'section', label: 'Section' },
  { field: 'author', label: 'Author' },
  { field: 'tags', label: 'Tags' },
];

/** For the body, `before`/`after` hold only the paragraphs that differ, as plain text. */
export type FieldChange = { field: RevisionField; label: string; before: string; after: string };
export type SavedBy = { id: number; name: string } | null;

export class StaleVersionError extends DomainError {
  override readonly status = 409;
  constructor(
    readonly currentVersion: number,
    readonly savedBy: SavedBy,
    readonly savedAt: number,
    readonly changes: FieldChange[],
  ) {
    super(
      `Someone else saved this article while you were editing${savedBy ? ` (${savedBy.name})` : ''}. ` +
        'Your changes were not saved; copy them, reload the article and apply them again.',
    );
    this.name = 'StaleVersionError';
  }
}

export type RevisionRow = typeof revisions.$inferSelect;

/** Section and author ids → names, for the revisions given. */
export function namesFor(db: Reader, rows: RevisionRow[]) {
  const sectionIds = [...new Set(rows.map((r) => r.sectionId).filter((v): v is number => v != null))];
  const userIds = [...new Set(rows.map((r) => r.authorId))];
  const sectionNames = new Map(
    sectionIds.length
      ? db
          .select({ id: sections.id, name: sections.name })
          .from(sections)
          .where(inArray(sections.id, sectionIds))
          .all()
          .map((s) => [s.id, s.name])
      : [],
  );
  const userNames = new Map(
    userIds.length
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, userIds))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );
  return { sectionNames, userNames };
}

export function revisionFieldText(
  field: RevisionField,
  r: RevisionRow,
  names: ReturnType<typeof namesFor>,
): string {
  switch (field) {
    case 'section':
      return r.sectionId == null ? '(none)' : (names.sectionNames.get(r.sectionId) ?? `#${r.sectionId}`);
    case 'author':
      return names.userNames.get(r.authorId) ?? `#${r.authorId}`;
    case 'tags':
      return (JSON.parse(r.tags) as string[]).join(', ');
    default:
      return r[field];
  }
}

function bodyChange(before: string, after: string) {
  const parts = diffArrays(htmlToTextBlocks(before), htmlToTextBlocks(after));
  return {
    before: parts
      .filter((p) => p.removed)
      .flatMap((p) => p.value)
      .join('\n'),
    after: parts
      .filter((p) => p.added)
      .flatMap((p) => p.value)
      .join('\n'),
  };
}

export function compareRevisions(db: Reader, from: RevisionRow | undefined, to: RevisionRow): FieldChange[] {
  const names = namesFor(db, from ? [from, to] : [to]);
  return REVISION_FIELDS.flatMap(({ field, label }) => {
    const after = revisionFieldText(field, to, names);
    const before = from ? revisionFieldText(field, from, names) : '';
    if (before === after) return [];
    return [
      { field, label, ...(field === 'body' ? bodyChange(from?.body ?? '', to.body) : { before, after }) },
    ];
  });
}

export function describeChangesSince(
  db: Reader,
  article: { id: number; version: number; updatedAt: number },
  baseVersion: number,
) {
  const latest = db
    .select()
    .from(revisions)
    .where(eq(revisions.articleId, article.id))
    .orderBy(desc(revisions.version))
    .get();
  // An imported article may have no revisions yet: then only the version number can be reported.
  if (!latest)
    return { currentVersion: article.version, savedBy: null, savedAt: article.updatedAt, changes: [] };
  const base = db
    .select()
    .from(revisions)
    .where(and(eq(revisions.articleId, article.id), eq(revisions.version, baseVersion)))
    .get();
  const saver =
    latest.savedBy == null
      ? undefined
      : db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, latest.savedBy)).get();
  return {
    currentVersion: article.version,
    savedBy: saver ?? null,
    savedAt: latest.createdAt,
    changes: compareRevisions(db, base, latest),
  };
}

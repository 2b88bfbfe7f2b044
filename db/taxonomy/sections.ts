// Sections: the list every page's navigation shows, and the editors' writes to it. Each write
// returns what it changed in public (db/affected.ts): the section's pages and the section list.
import 'server-only';
import { and, asc, count, eq, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { fieldErrorsFromZod, ValidationError, type FieldErrors } from '@/lib/errors';
import { getDb, type Executor, type Tx } from '@/db';
import type { Affected } from '@/db/affected';
import { getDefaultEdition, getEditionById } from '@/db/editions/editions';
import { requireDesk } from '@/db/people/desks';
import { requireRole, type Actor } from '@/db/people/permissions';
import { slugFreeInEdition } from './edition-slugs';
import { articles, sections } from '@/db/schema';
import { SLUG_PATTERN, slugify } from '@/lib/slugs';
import { refuseDisguised } from '@/lib/visible-text';

/** A section belongs to one edition: its name is in that language, its pages list that edition. */
export type Section = { id: number; name: string; slug: string; description: string; editionId: number };
/** A section as written, with what the write changed in public. */
export type SavedSection = Section & { affected: Affected };

/** Any change to a section shows in every page's navigation, and on its own pages. */
function sectionChanged(id: number): Affected {
  return { articles: [], sections: [id], sectionList: true };
}

const columns = {
  id: sections.id,
  name: sections.name,
  slug: sections.slug,
  description: sections.description,
  editionId: sections.editionId,
};

/** The sections of one edition (or of all), in the order the newsroom chose (position), then by name. */
export function listSections(editionId?: number): Section[] {
  return getDb()
    .select(columns)
    .from(sections)
    .where(editionId === undefined ? undefined : eq(sections.editionId, editionId))
    .orderBy(asc(sections.position), asc(sections.name))
    .all();
}

export function getSectionBySlug(slug: string): Section | null {
  return getDb().select(columns).from(sections).where(eq(sections.slug, slug)).get() ?? null;
}

// ── Editor-only writes (issue 3): each takes the actor and refuses anyone below editor, or an editor
// whose desk (db/people/desks.ts) does not include the section's edition. ──

/** A slug typed in the taxonomy forms: empty means "make one from the name". Sections and tags share it. */
export const optionalSlugField = z
  .string()
  .trim()
  .max(60, 'The slug must be 60 characters or fewer')
  .refine((v) => v === '' || SLUG_PATTERN.test(v), 'Use only lowercase letters a–z, digits and hyphens')
  .optional();

const sectionInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a section name')
    .max(60, 'Section names must be 60 characters or fewer')
    // Every page's navigation shows it: it must say what it shows (issue 12).
    .superRefine(refuseDisguised('The section name')),
  slug: optionalSlugField,
  description: z.string().trim().max(500, 'Descriptions must be 500 characters or fewer').optional(),
  /** Only when creating: a section stays in its edition. Absent means the default edition. */
  editionId: z.number().int().positive().optional(),
});
export type SectionInput = z.input<typeof sectionInput>;

function parseSection(input: SectionInput) {
  const parsed = sectionInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

/**
 * A name another section of the edition already has (in any case), or a slug any section has, is
 * refused: slugs are unique across editions, names within one.
 */
function checkSectionUnique(name: string, slug: string, editionId: number, exceptId: number | null): void {
  const db = getDb();
  const other = (cond: SQL) =>
    db
      .select({ name: sections.name })
      .from(sections)
      .where(exceptId == null ? cond : and(cond, ne(sections.id, exceptId)))
      .get();
  const errors: FieldErrors = {};
  const byName = other(
    and(eq(sections.editionId, editionId), sql`lower(${sections.name}) = lower(${name})`)!,
  );
  if (byName) errors.name = [`There is already a section called “${byName.name}”`];
  const bySlug = other(eq(sections.slug, slug));
  if (bySlug) errors.slug = [`That slug is already used by the section “${bySlug.name}”`];
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

export async function createSection(actor: Actor, input: SectionInput): Promise<SavedSection> {
  requireRole(actor, 'editor', 'Only an editor can manage sections.');
  const v = parseSection(input);
  const editionId = v.editionId ?? getDefaultEdition().id;
  if (!getEditionById(editionId))
    throw new ValidationError({ editionId: ['Choose an edition from the list'] });
  requireDesk(actor, editionId);
  const slug = v.slug || slugify(v.name, 60);
  checkSectionUnique(v.name, slug, editionId, null);
  const section = insertSection(getDb(), { name: v.name, slug, description: v.description ?? '', editionId });
  return { ...section, affected: sectionChanged(section.id) };
}

/** A new section goes at the end of the list. */
function insertSection(db: Executor, values: Omit<Section, 'id'>): Section {
  const last = db
    .select({ max: sql<number | null>`max(${sections.position})` })
    .from(sections)
    .get();
  return db
    .insert(sections)
    .values({ ...values, position: (last?.max ?? -1) + 1 })
    .returning(columns)
    .get();
}

/**
 * The section an import names: matched by name in any case, then by slug ("Sci-Tech" is
 * "sci tech"), as tags are (db/taxonomy/tags.ts); a new name creates it at the end of the list.
 */
export function findOrCreateSection(tx: Tx, editionId: number, name: string): number {
  const slug = slugify(name, 60);
  const inEdition = eq(sections.editionId, editionId);
  const found =
    tx
      .select({ id: sections.id })
      .from(sections)
      .where(and(inEdition, sql`lower(${sections.name}) = lower(${name})`))
      .get() ??
    tx
      .select({ id: sections.id })
      .from(sections)
      .where(and(inEdition, eq(sections.slug, slug)))
      .get();
  if (found) return found.id;
  const taken = (s: string) =>
    !!tx.select({ id: sections.id }).from(sections).where(eq(sections.slug, s)).get();
  return insertSection(tx, {
    name,
    slug: slugFreeInEdition(tx, slug, editionId, taken),
    description: '',
    editionId,
  }).id;
}

/** The slug stays unless a new one is given: section URLs may be linked from elsewhere. */
export async function renameSection(actor: Actor, id: number, input: SectionInput): Promise<SavedSection> {
  requireRole(actor, 'editor', 'Only an editor can manage sections.');
  const v = parseSection(input);
  const db = getDb();
  const current = db.select(columns).from(sections).where(eq(sections.id, id)).get();
  if (!current) throw new ValidationError({ section: ['That section no longer exists'] });
  requireDesk(actor, current.editionId, db);
  const slug = v.slug || current.slug;
  checkSectionUnique(v.name, slug, current.editionId, id);
  const section = db
    .update(sections)
    .set({ name: v.name, slug, description: v.description ?? current.description })
    .where(eq(sections.id, id))
    .returning(columns)
    .get()!;
  return { ...section, affected: sectionChanged(id) };
}

/** `ids` in the new order; it must name every section exactly once. */
export async function reorderSections(actor: Actor, ids: number[]): Promise<void> {
  requireRole(actor, 'editor', 'Only an editor can manage sections.');
  const db = getDb();
  const existing = db
    .select({ id: sections.id, editionId: sections.editionId })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name))
    .all();
  const same =
    ids.length === existing.length &&
    new Set(ids).size === ids.length &&
    ids.every((i) => existing.some((s) => s.id === i));
  if (!same)
    throw new ValidationError({ order: ['The list of sections changed meanwhile; reload and try again'] });
  // Only the sections that move in the list count: a desk editor may reorder their own edition's.
  existing.forEach((s, i) => {
    if (ids.indexOf(s.id) !== i) requireDesk(actor, s.editionId, db);
  });
  db.transaction((tx) => {
    ids.forEach((sectionId, position) =>
      tx.update(sections).set({ position }).where(eq(sections.id, sectionId)).run(),
    );
  });
}

/** Only an empty section can go: articles are never left without the section they were filed in. */
export async function deleteSection(actor: Actor, id: number): Promise<Affected> {
  requireRole(actor, 'editor', 'Only an editor can manage sections.');
  return getDb().transaction(
    (tx) => {
      const section = tx
        .select({ editionId: sections.editionId })
        .from(sections)
        .where(eq(sections.id, id))
        .get();
      if (!section) throw new ValidationError({ section: ['That section no longer exists'] });
      requireDesk(actor, section.editionId, tx);
      const n = tx.select({ n: count() }).from(articles).where(eq(articles.sectionId, id)).get()?.n ?? 0;
      if (n > 0)
        throw new ValidationError({
          section: [
            `This section still has ${n} article${n === 1 ? '' : 's'}; move ${n === 1 ? 'it' : 'them'} to another section first`,
          ],
        });
      tx.delete(sections).where(eq(sections.id, id)).run();
      return sectionChanged(id);
    },
    { behavior: 'immediate' },
  );
}

// Tags: the editors' writes, the lookups, and the one find-or-create rule the editor's save and the
// bulk import share. Each write returns what it changed in public (db/affected.ts).
import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { fieldErrorsFromZod, ValidationError, type FieldErrors } from '@/lib/errors';
import { getDb, type Tx } from '@/db';
import { articleRefs, type Affected } from '@/db/affected';
import { getDefaultEdition } from '@/db/editions/editions';
import { requireDesk } from '@/db/people/desks';
import { requireRole, type Actor } from '@/db/people/permissions';
import { articleTags, tags } from '@/db/schema';
import { slugFreeInEdition } from './edition-slugs';
import { refuseDisguised } from '@/lib/visible-text';
import { slugify } from '@/lib/slugs';
import { optionalSlugField } from './sections';

/** A tag belongs to one edition: its name is a word of that language, its page lists that edition. */
export type Tag = { id: number; name: string; slug: string; editionId: number };
/** A tag as written, with what the write changed in public (its page and the lists). */
export type SavedTag = Tag & { affected: Affected };

const columns = { id: tags.id, name: tags.name, slug: tags.slug, editionId: tags.editionId };

export function getTagBySlug(slug: string): Tag | null {
  return getDb().select(columns).from(tags).where(eq(tags.slug, slug)).get() ?? null;
}

export function listTagsForArticle(articleId: number): Tag[] {
  return getDb()
    .select(columns)
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all();
}

// ── Editor-only writes (issue 3), in the tag's edition only for an editor with a desk
// (db/people/desks.ts). Journalists create tags implicitly by using them on an article. ──

const tagInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a tag name')
    .max(60, 'Tag names must be 60 characters or fewer')
    .superRefine(refuseDisguised('The tag name')),
  slug: optionalSlugField,
});
export type TagInput = z.input<typeof tagInput>;

function parseTag(input: TagInput, editionId: number, exceptId: number | null, currentSlug?: string) {
  const parsed = tagInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const name = parsed.data.name;
  const slug = parsed.data.slug || currentSlug || slugify(name, 60);
  const db = getDb();
  const notSelf = exceptId == null ? undefined : ne(tags.id, exceptId);
  const errors: FieldErrors = {};
  const byName = db
    .select({ name: tags.name })
    .from(tags)
    .where(and(eq(tags.editionId, editionId), sql`lower(${tags.name}) = lower(${name})`, notSelf))
    .get();
  if (byName) errors.name = [`There is already a tag called “${byName.name}”`];
  const bySlug = db
    .select({ name: tags.name })
    .from(tags)
    .where(and(eq(tags.slug, slug), notSelf))
    .get();
  if (bySlug) errors.slug = [`That slug is already used by the tag “${bySlug.name}”`];
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return { name, slug };
}

/** A tag made in the tag manager belongs to the default edition; other editions' come from their articles. */
export async function createTag(actor: Actor, input: TagInput): Promise<SavedTag> {
  requireRole(actor, 'editor', 'Only an editor can manage tags.');
  const editionId = getDefaultEdition().id;
  requireDesk(actor, editionId);
  const tag = getDb()
    .insert(tags)
    .values({ ...parseTag(input, editionId, null), editionId })
    .returning(columns)
    .get();
  return { ...tag, affected: { articles: [], tags: [tag.id] } };
}

/** The slug stays unless a new one is given, so tag pages keep their address. */
export async function renameTag(actor: Actor, id: number, input: TagInput): Promise<SavedTag> {
  requireRole(actor, 'editor', 'Only an editor can manage tags.');
  const current = getTagById(id);
  if (!current) throw new ValidationError({ tag: ['That tag no longer exists'] });
  requireDesk(actor, current.editionId);
  const tag = getDb()
    .update(tags)
    .set(parseTag(input, current.editionId, id, current.slug))
    .where(eq(tags.id, id))
    .returning(columns)
    .get()!;
  return { ...tag, affected: { articles: [], tags: [id] } };
}

/** Removes the tag from every article; those articles' pages change too. */
export async function deleteTag(actor: Actor, id: number): Promise<Affected> {
  requireRole(actor, 'editor', 'Only an editor can manage tags.');
  return getDb().transaction(
    (tx) => {
      const tag = tx.select({ editionId: tags.editionId }).from(tags).where(eq(tags.id, id)).get();
      if (!tag) throw new ValidationError({ tag: ['That tag no longer exists'] });
      requireDesk(actor, tag.editionId, tx);
      const articleIds = tx
        .select({ id: articleTags.articleId })
        .from(articleTags)
        .where(eq(articleTags.tagId, id))
        .all()
        .map((r) => r.id);
      tx.delete(articleTags).where(eq(articleTags.tagId, id)).run();
      tx.delete(tags).where(eq(tags.id, id)).run();
      return { articles: articleRefs(tx, articleIds), tags: [id] };
    },
    { behavior: 'immediate' },
  );
}

export function getTagById(id: number): Tag | null {
  return getDb().select(columns).from(tags).where(eq(tags.id, id)).get() ?? null;
}

/** Every tag, by name (the dashboard's tag manager and the editor's suggestions). */
export function listAllTags(): Tag[] {
  return getDb().select(columns).from(tags).orderBy(asc(tags.name)).all();
}

/**
 * The ids of the tags an article names: matched by name in any case, then by slug ("COVID 19" is
 * "covid-19"); a name no tag has yet creates one. Journalists create tags this way, by using them.
 */
export function findOrCreateTags(tx: Tx, editionId: number, names: string[]): number[] {
  const inEdition = eq(tags.editionId, editionId);
  return names.map((name) => {
    const slug = slugify(name, 60);
    const found =
      tx
        .select({ id: tags.id })
        .from(tags)
        .where(and(inEdition, sql`lower(${tags.name}) = lower(${name})`))
        .get() ??
      tx
        .select({ id: tags.id })
        .from(tags)
        .where(and(inEdition, eq(tags.slug, slug)))
        .get();
    if (found) return found.id;
    const taken = (s: string) => !!tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, s)).get();
    const values = { name, slug: slugFreeInEdition(tx, slug, editionId, taken), editionId };
    return tx.insert(tags).values(values).returning({ id: tags.id }).get().id;
  });
}

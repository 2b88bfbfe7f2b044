// Editions: the languages a newsroom publishes in (issue 11, README "Editions"). Reads for every
// page, and the admins' writes: add an edition, rename it, choose the default (only while that
// keeps every published URL working).
import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { fieldErrorsFromZod, ValidationError } from '@/lib/errors';
import { getDb } from '@/db';
import { requireRole, type Actor } from '@/db/people/permissions';
import { articles, editions, type TextDirection } from '@/db/schema';
import { canonicalLanguageTag, directionOf, isReservedPrefix } from '@/lib/editions';

export type Edition = { id: number; tag: string; name: string; direction: TextDirection; isDefault: boolean };

const columns = {
  id: editions.id,
  tag: editions.tag,
  name: editions.name,
  direction: editions.direction,
  isDefault: editions.isDefault,
};

/** The default edition first, then in the order they were added. */
export function listEditions(): Edition[] {
  return getDb()
    .select(columns)
    .from(editions)
    .orderBy(desc(editions.isDefault), asc(editions.position), asc(editions.id))
    .all();
}

export function getDefaultEdition(): Edition {
  // Migration 0007 creates the first default and setDefaultEdition swaps it in one transaction.
  return getDb().select(columns).from(editions).where(eq(editions.isDefault, true)).get()!;
}

/** An edition by its tag in any case ("ID" is "id"); null for a tag no edition has. */
export function getEditionByTag(tag: string): Edition | null {
  return (
    getDb()
      .select(columns)
      .from(editions)
      .where(sql`lower(${editions.tag}) = lower(${tag})`)
      .get() ?? null
  );
}

export function getEditionById(id: number): Edition | null {
  return getDb().select(columns).from(editions).where(eq(editions.id, id)).get() ?? null;
}

// ── Admin-only writes ──

const nameField = z
  .string()
  .trim()
  .min(1, 'Enter the language’s name as its readers write it, e.g. “Bahasa Indonesia”')
  .max(60, 'Edition names must be 60 characters or fewer');

const editionInput = z.object({
  tag: z.string().trim().min(1, 'Enter a language tag such as “id” or “pt-BR”').max(35),
  name: nameField,
  direction: z.enum(['ltr', 'rtl']).optional(),
});
export type EditionInput = z.input<typeof editionInput>;

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

/** A valid, unused language tag in canonical case, or a field error saying what is wrong with it. */
function checkNewTag(raw: string): string {
  const tag = canonicalLanguageTag(raw);
  if (tag === null)
    throw new ValidationError({
      tag: [`“${raw}” is not a language tag (BCP 47), e.g. “id”, “ar” or “pt-BR”`],
    });
  if (isReservedPrefix(tag))
    throw new ValidationError({
      tag: [`“${tag}” is already a path of this site; it cannot be an edition’s prefix`],
    });
  const existing = getEditionByTag(tag);
  if (existing)
    throw new ValidationError({ tag: [`There is already an edition for “${tag}”: ${existing.name}`] });
  return tag;
}

export async function createEdition(actor: Actor, input: EditionInput): Promise<Edition> {
  requireRole(actor, 'admin', 'Only an admin can add editions.');
  const v = parse(editionInput, input);
  const tag = checkNewTag(v.tag);
  const db = getDb();
  const last = db
    .select({ max: sql<number | null>`max(${editions.position})` })
    .from(editions)
    .get();
  return db
    .insert(editions)
    .values({ tag, name: v.name, direction: v.direction ?? directionOf(tag), position: (last?.max ?? 0) + 1 })
    .returning(columns)
    .get();
}

/** Renaming changes no URL: the tag, which is in every URL of the edition, stays. */
export async function renameEdition(actor: Actor, id: number, name: string): Promise<Edition> {
  requireRole(actor, 'admin', 'Only an admin can rename editions.');
  const v = parse(z.object({ name: nameField }), { name });
  const renamed = getDb()
    .update(editions)
    .set({ name: v.name })
    .where(eq(editions.id, id))
    .returning(columns)
    .get();
  if (!renamed) throw new ValidationError({ edition: ['That edition no longer exists'] });
  return renamed;
}

/**
 * Moving the default moves URLs: the old default's articles would gain a prefix and the new one's
 * lose theirs, so links to them from elsewhere would break. It is allowed only while neither
 * edition has ever had an article published (a publish time is kept once set, unpublished or not).
 */
export async function setDefaultEdition(actor: Actor, id: number): Promise<Edition> {
  requireRole(actor, 'admin', 'Only an admin can choose the default edition.');
  const db = getDb();
  return db.transaction(
    (tx) => {
      const chosen = tx.select(columns).from(editions).where(eq(editions.id, id)).get();
      if (!chosen) throw new ValidationError({ edition: ['That edition no longer exists'] });
      if (chosen.isDefault) return chosen;
      const current = tx.select(columns).from(editions).where(eq(editions.isDefault, true)).get()!;
      const published = tx
        .select({ editionId: articles.editionId })
        .from(articles)
        .where(and(inArray(articles.editionId, [current.id, chosen.id]), isNotNull(articles.publishedAt)))
        .limit(1)
        .get();
      if (published) {
        const which = published.editionId === current.id ? current : chosen;
        throw new ValidationError({
          edition: [
            `${which.name} has published articles, whose addresses would change; the default edition stays ${current.name}`,
          ],
        });
      }
      tx.update(editions).set({ isDefault: false }).where(ne(editions.id, id)).run();
      return tx
        .update(editions)
        .set({ isDefault: true })
        .where(eq(editions.id, id))
        .returning(columns)
        .get()!;
    },
    { behavior: 'immediate' },
  );
}

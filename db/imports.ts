// Bulk import of finished articles from JSON (the operator's `npm run article -- import`). Every item
// is validated before anything is written, then all of them go in one transaction: a bad item in a
// batch of fifty leaves the database exactly as it was.
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Db } from './index';
import { ValidationError, type FieldErrors } from './errors';
import { requireRole, type Actor } from './permissions';
import { findUnsafeMarkup, sanitizeBody } from './sanitize';
import {
  articles,
  articleTags,
  revisions,
  sections,
  slugRedirects,
  tags,
  transitions,
  users,
} from './schema';
import { slugify } from './slugs';
import type { Operator } from './users';

export const MAX_IMPORT_BODY_BYTES = 200 * 1024;

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

const text = (min: number, max: number) =>
  z
    .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') })
    .trim()
    .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

const itemSchema = z.strictObject(
  {
    title: text(1, 200),
    body: z
      .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string of HTML') })
      .superRefine((body, ctx) => {
        const bytes = Buffer.byteLength(body, 'utf8');
        if (bytes > MAX_IMPORT_BODY_BYTES)
          ctx.addIssue({
            code: 'custom',
            message: `must be at most 200 KB (it is ${Math.ceil(bytes / 1024)} KB)`,
          });
        const unsafe = findUnsafeMarkup(body);
        if (unsafe) ctx.addIssue({ code: 'custom', message: unsafe });
        else if (bytes <= MAX_IMPORT_BODY_BYTES && sanitizeBody(body) === '')
          ctx.addIssue({ code: 'custom', message: 'is empty once unsupported markup is removed' });
      }),
    author: text(3, 254).toLowerCase(),
    section: text(1, 60),
    publishedAt: z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') }),
    summary: text(0, 1000).optional(),
    tags: z
      .array(text(1, 60), { error: 'must be an array of tag names' })
      .max(20, 'must have at most 20 tags')
      .optional(),
  },
  {
    error: (i) =>
      i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : 'must be an object',
  },
);

type Item = z.output<typeof itemSchema>;
type ValidItem = Omit<Item, 'publishedAt' | 'tags'> & {
  publishedAt: number;
  tags: string[];
  authorId: number;
};

export type ImportedArticle = { id: number; slug: string; title: string; publishedAt: number };

/**
 * The instant an ISO 8601 string with an explicit offset names, or a reason it does not. A time without
 * an offset is refused rather than guessed: "09:00" means different instants in different newsrooms.
 */
export function parseInstantWithOffset(value: string): number | string {
  const m = ISO_WITH_OFFSET.exec(value.trim());
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.test(value.trim()))
      return 'must be ISO 8601 with a timezone offset (e.g. 2026-04-26T09:30:00+07:00 or …Z)';
    return 'must be an ISO 8601 date and time with a timezone offset, e.g. 2026-04-26T09:30:00+07:00';
  }
  const [year, month, day, hour, minute, second = '0'] = m.slice(1, 7).map((v) => v ?? '0');
  const wall = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second);
  const check = new Date(wall);
  // Date.parse would roll 30 February over into March; a real date must survive the round trip.
  if (
    check.getUTCMonth() !== +month - 1 ||
    check.getUTCDate() !== +day ||
    +hour > 23 ||
    +minute > 59 ||
    +second > 59
  )
    return 'is not a real date and time';
  const instant = Date.parse(value.trim());
  return Number.isNaN(instant) ? 'is not a real date and time' : instant;
}

/** Parses a file's text; refuses anything but one article object or a non-empty array of them. */
export function parseImportJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new ValidationError({ file: [`is not valid JSON (${(error as Error).message})`] });
  }
}

function validateAll(data: unknown, db: Db): ValidItem[] {
  const list = Array.isArray(data) ? data : [data];
  if (data === null || typeof data !== 'object')
    throw new ValidationError({ file: ['must contain one article object or an array of them'] });
  if (list.length === 0) throw new ValidationError({ file: ['contains an empty array: nothing to import'] });
  const errors: FieldErrors = {};
  const add = (index: number, field: string, message: string) =>
    (errors[`item ${index + 1}${field ? `: ${field}` : ''}`] ??= []).push(message);
  const items: (ValidItem | null)[] = list.map((raw, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success)
      for (const issue of parsed.error.issues) add(index, issue.path.map(String).join('.'), issue.message);
    const when =
      typeof (raw as Item)?.publishedAt === 'string'
        ? parseInstantWithOffset((raw as Item).publishedAt)
        : null;
    if (typeof when === 'string') add(index, 'publishedAt', when);
    if (!parsed.success || typeof when !== 'number') return null;
    return { ...parsed.data, publishedAt: when, tags: dedupe(parsed.data.tags ?? []), authorId: 0 };
  });
  // Authors are checked even on items with other problems, so one run reports everything.
  const authorOf = list.map((raw) => {
    const author = (raw as { author?: unknown } | null)?.author;
    return typeof author === 'string' ? author.trim().toLowerCase() : null;
  });
  const emails = [...new Set(authorOf.filter((e): e is string => !!e))];
  const found = emails.length
    ? db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails)).all()
    : [];
  const idByEmail = new Map(found.map((u) => [u.email, u.id]));
  authorOf.forEach((email, index) => {
    if (!email) return;
    const authorId = idByEmail.get(email);
    if (authorId === undefined) add(index, 'author', `no staff account has the email ${email}`);
    else if (items[index]) items[index].authorId = authorId;
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(byItem(errors));
  return items as ValidItem[];
}

/** The same errors, ordered by item number (a stable sort keeps each item's fields in order). */
function byItem(errors: FieldErrors): FieldErrors {
  const itemNumber = (key: string) => Number(/^item (\d+)/.exec(key)?.[1] ?? 0);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => itemNumber(a) - itemNumber(b)));
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function freeSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** Sections are matched by name in any case; a new name creates the section at the end of the list. */
function sectionIdFor(tx: Tx, name: string): number {
  const found = tx
    .select({ id: sections.id })
    .from(sections)
    .where(sql`lower(${sections.name}) = lower(${name})`)
    .get();
  if (found) return found.id;
  const slug = freeSlug(
    slugify(name, 60),
    (s) => !!tx.select({ id: sections.id }).from(sections).where(eq(sections.slug, s)).get(),
  );
  const position =
    (tx
      .select({ max: sql<number | null>`max(${sections.position})` })
      .from(sections)
      .get()?.max ?? -1) + 1;
  return tx.insert(sections).values({ name, slug, position }).returning({ id: sections.id }).get().id;
}

function tagIdFor(tx: Tx, name: string): number {
  const found = tx
    .select({ id: tags.id })
    .from(tags)
    .where(sql`lower(${tags.name}) = lower(${name})`)
    .get();
  if (found) return found.id;
  const slug = freeSlug(
    slugify(name, 60),
    (s) => !!tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, s)).get(),
  );
  return tx.insert(tags).values({ name, slug }).returning({ id: tags.id }).get().id;
}

/** Imports one article or an array of them as published; all or nothing. Editors and the operator only. */
export function importArticles(data: unknown, actor: Actor | Operator = 'operator'): ImportedArticle[] {
  if (actor !== 'operator') requireRole(actor, 'editor', 'Only an editor can import published articles.');
  const db = getDb();
  const items = validateAll(data, db);
  const actorId = actor === 'operator' ? null : actor.id;
  return db.transaction((tx) =>
    items.map((item) => {
      // An old slug still redirects to its article, so a new article must not take it either.
      const slug = freeSlug(
        slugify(item.title),
        (s) =>
          !!tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, s)).get() ||
          !!tx
            .select({ slug: slugRedirects.slug })
            .from(slugRedirects)
            .where(eq(slugRedirects.slug, s))
            .get(),
      );
      const body = sanitizeBody(item.body);
      const sectionId = sectionIdFor(tx, item.section);
      const summary = item.summary ?? '';
      const now = Date.now();
      const { id } = tx
        .insert(articles)
        .values({
          slug,
          title: item.title,
          summary,
          body,
          sectionId,
          authorId: item.authorId,
          createdBy: actorId,
          status: 'published',
          publishedAt: item.publishedAt,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: articles.id })
        .get();
      for (const name of item.tags)
        tx.insert(articleTags)
          .values({ articleId: id, tagId: tagIdFor(tx, name) })
          .onConflictDoNothing()
          .run();
      tx.insert(revisions)
        .values({
          articleId: id,
          version: 1,
          title: item.title,
          slug,
          summary,
          body,
          sectionId,
          authorId: item.authorId,
          tags: JSON.stringify(item.tags),
          savedBy: actorId,
          createdAt: now,
        })
        .run();
      tx.insert(transitions)
        .values({
          articleId: id,
          fromStatus: 'draft',
          toStatus: 'published',
          actorId,
          comment: 'Imported',
          createdAt: now,
        })
        .run();
      return { id, slug, title: item.title, publishedAt: item.publishedAt };
    }),
  );
}

// Validation of an article import (`npm run article -- import`), before anything is written: every
// item is checked, and every problem is reported at once as "item N: field: message".
import 'server-only';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { ValidationError, type FieldErrors } from '@/lib/errors';
import { findUnsafeMarkup, sanitizeBody } from '@/lib/sanitize';
import { users } from '@/db/schema';
import { resolveEditions } from './import-editions';

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
    /** A language tag naming one of the newsroom's editions; absent: the default edition. */
    edition: text(1, 35).optional(),
    /** The slug or URL of the article this one translates (in another edition). */
    translationOf: text(1, 2000).optional(),
  },
  {
    error: (i) =>
      i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : 'must be an object',
  },
);

type Item = z.output<typeof itemSchema>;
export type ValidItem = Omit<Item, 'publishedAt' | 'tags' | 'edition' | 'translationOf'> & {
  publishedAt: number;
  tags: string[];
  authorId: number;
  editionId: number;
  /** The story's source article, when this item translates one. */
  translationOf: number | null;
};

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

/**
 * Checks every item of an import (one object or an array) and returns them ready to write, or throws
 * one ValidationError naming each problem as "item N: field".
 */
export function validateImportItems(data: unknown, db: Db): ValidItem[] {
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
    // edition and translationOf become ids in resolveEditions, below.
    const { title, body, author, section, summary, tags } = parsed.data;
    const fields = { title, body, author, section, summary };
    return {
      ...fields,
      publishedAt: when,
      tags: dedupe(tags ?? []),
      authorId: 0,
      editionId: 0,
      translationOf: null,
    };
  });
  resolveEditions(list, items, db, add);
  // Authors are checked even on items with other problems, so one run reports everything.
  const authorOf = list.map((raw) => {
    const author = (raw as { author?: unknown } | null)?.author;
    return typeof author === 'string' ? author.trim().toLowerCase() : null;
  });
  const emails = [...new Set(authorOf.filter((e): e is string => !!e))];
  const found = emails.length
    ? db
        .select({ id: users.id, email: users.email, disabled: users.disabled })
        .from(users)
        .where(inArray(users.email, emails))
        .all()
    : [];
  const byEmail = new Map(found.map((u) => [u.email, u]));
  authorOf.forEach((email, index) => {
    if (!email) return;
    const author = byEmail.get(email);
    if (!author) add(index, 'author', `no staff account has the email ${email}`);
    else if (author.disabled) add(index, 'author', `the account ${email} is disabled`);
    else if (items[index]) items[index].authorId = author.id;
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

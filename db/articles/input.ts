// Validation of what the article editor sends, before anything is written: bad input gets a
// specific message per field and nothing changes (issue 3, "Bad input").
// API:
//   ArticleInput (what callers send), ArticleValues (validated, ready to store)
//   validateArticleInput(input, timeZone) → ArticleValues | throws ValidationError (pure checks)
//   checkArticleReferences(tx, actor, values, articleId, editionId) → throws ValidationError (slug taken, unknown
//     section, a lead image this actor may not use…)
//   resolveTagIds(tx, editionId, names) → tag ids, creating tags on first use
import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db';
import { fieldErrorsFromZod, ValidationError, type FieldErrors } from '@/lib/errors';
import { isEditor } from './access';
import type { Actor } from '@/db/people/permissions';
import { findUnsafeMarkup, sanitizeBody } from '@/lib/sanitize';
import { articles, images, sections, slugRedirects, users } from '@/db/schema';
import { findOrCreateTags } from '@/db/taxonomy/tags';
import { SLUG_PATTERN, slugify } from '@/lib/slugs';
import { refuseDisguised } from '@/lib/visible-text';
import { parseNewsroomLocalTime } from '@/lib/time';

export const MAX_BODY_BYTES = 200 * 1024;
export const SLUG_MESSAGE = 'Use only lowercase letters a–z, digits and hyphens';
export const PUBLISH_TIME_MESSAGE = 'Enter a date and time like 2026-04-26 09:30';

export type ArticleInput = {
  title?: string;
  /** Empty: generated from the title. */
  slug?: string;
  summary?: string;
  /** HTML from the rich-text editor; sanitised before it is stored. */
  body?: string;
  sectionId?: number | null;
  /** Only when creating: the edition the article is written in (default: the default edition). */
  editionId?: number;
  /** The byline; only editors may name someone else. */
  authorId?: number;
  /** Tag names; new names create tags. */
  tags?: string[];
  leadImageId?: number | null;
  leadImageCaption?: string;
  leadImageCredit?: string;
  /** "YYYY-MM-DDTHH:mm" on the newsroom's clock (or UTC ms); null or "" = not set yet. */
  publishedAt?: string | number | null;
};

export type ArticleValues = {
  title: string;
  slug: string;
  slugGenerated: boolean;
  summary: string;
  body: string;
  sectionId: number | null;
  authorId: number;
  tags: string[];
  leadImageId: number | null;
  leadImageCaption: string;
  leadImageCredit: string;
  publishedAt: number | null;
};

const id = z.number().int().positive();

const schema = z.object({
  title: z
    .string({ error: 'Enter a title' })
    .trim()
    .min(1, 'Enter a title')
    .max(200, 'The title must be 200 characters or fewer')
    .superRefine(refuseDisguised('The title')),
  slug: z
    .string()
    .trim()
    .max(120, 'The slug must be 120 characters or fewer')
    .refine((s) => s === '' || SLUG_PATTERN.test(s), SLUG_MESSAGE),
  summary: z.string().trim().max(1000, 'The summary must be 1,000 characters or fewer'),
  body: z
    .string()
    .refine((b) => Buffer.byteLength(b, 'utf8') <= MAX_BODY_BYTES, {
      error: (issue) =>
        `The body must be 200 KB or smaller (this one is ${Math.ceil(Buffer.byteLength(String(issue.input), 'utf8') / 1024)} KB)`,
    })
    .superRefine((b, ctx) => {
      const problem = findUnsafeMarkup(b);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  sectionId: z.number({ error: 'Choose a section' }).int().positive().nullable(),
  authorId: id.or(z.undefined()),
  tags: z
    .array(
      z
        .string()
        .trim()
        .max(60, 'Each tag must be 60 characters or fewer')
        .superRefine(refuseDisguised('A tag')),
    )
    .max(20, 'Use at most 20 tags'),
  leadImageId: id.nullable(),
  leadImageCaption: z.string().trim().max(300, 'The caption must be 300 characters or fewer'),
  leadImageCredit: z.string().trim().max(200, 'The credit must be 200 characters or fewer'),
  publishedAt: z.union([z.string(), z.number(), z.null()]),
});

type Complete = Omit<Required<ArticleInput>, 'authorId' | 'editionId'> & { authorId: number };

export function validateArticleInput(input: Complete, timeZone: string): ArticleValues {
  const parsed = schema.safeParse(input);
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
  const publishedAt = parsePublishTime(input.publishedAt, timeZone);
  if (publishedAt === undefined) errors.publishedAt = [PUBLISH_TIME_MESSAGE];
  if (!parsed.success || publishedAt === undefined) throw new ValidationError(errors);
  const v = parsed.data;
  return {
    ...v,
    slug: v.slug || slugify(v.title),
    slugGenerated: v.slug === '',
    body: sanitizeBody(v.body),
    authorId: input.authorId,
    tags: dedupeTags(v.tags),
    publishedAt,
  };
}

/** undefined = unparseable. */
function parsePublishTime(value: string | number | null, timeZone: string): number | null | undefined {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
  return parseNewsroomLocalTime(value, timeZone) ?? undefined;
}

function dedupeTags(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => n !== '' && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

export const SLUG_IN_USE = 'That slug is already in use.';
export const SLUG_REDIRECTS_ELSEWHERE =
  'That slug is an old address of another article and still leads readers there; choose another.';
export const IMAGE_NOT_AVAILABLE = 'That image is not available.';

/**
 * Checks against other rows; a generated slug is made unique instead of refused. A journalist is
 * not told whose draft has a slug, and may use only a lead image they uploaded or the one the
 * article already has: an image id alone would otherwise hand out other reporters' unpublished photos.
 */
export function checkArticleReferences(
  tx: Tx,
  actor: Actor,
  values: ArticleValues,
  articleId: number | null,
  editionId: number,
): void {
  const errors: FieldErrors = {};
  const editor = isEditor(actor);
  const other = (slug: string) =>
    tx
      .select({ title: articles.title })
      .from(articles)
      .where(
        articleId == null
          ? eq(articles.slug, slug)
          : and(eq(articles.slug, slug), ne(articles.id, articleId)),
      )
      .get();
  // An old slug of another article still sends readers there; taking it would hijack the link.
  const redirectsElsewhere = (slug: string) =>
    tx
      .select({ articleId: slugRedirects.articleId })
      .from(slugRedirects)
      .where(
        articleId == null
          ? eq(slugRedirects.slug, slug)
          : and(eq(slugRedirects.slug, slug), ne(slugRedirects.articleId, articleId)),
      )
      .get();
  if (values.slugGenerated) {
    let n = 2;
    const base = values.slug;
    while (other(values.slug) || redirectsElsewhere(values.slug)) values.slug = `${base}-${n++}`;
  } else {
    const taken = other(values.slug);
    if (taken) errors.slug = [editor ? `That slug is already used by “${taken.title}”` : SLUG_IN_USE];
    else if (redirectsElsewhere(values.slug)) errors.slug = [SLUG_REDIRECTS_ELSEWHERE];
  }
  // A section belongs to one edition: an Arabic article is filed in an Arabic section.
  if (
    values.sectionId != null &&
    !tx
      .select({ id: sections.id })
      .from(sections)
      .where(and(eq(sections.id, values.sectionId), eq(sections.editionId, editionId)))
      .get()
  )
    errors.sectionId = ['Choose a section of the article’s edition from the list'];
  const author = tx
    .select({ disabled: users.disabled })
    .from(users)
    .where(eq(users.id, values.authorId))
    .get();
  if (!author || author.disabled) errors.authorId = ['Choose an active staff member as the author'];
  if (values.leadImageId != null) {
    const imageId = values.leadImageId;
    const image = tx
      .select({ uploadedBy: images.uploadedBy })
      .from(images)
      .where(eq(images.id, imageId))
      .get();
    if (!image) errors.leadImageId = ['That image is no longer available; upload it again'];
    else if (!editor && image.uploadedBy !== actor.id && !isLeadImageOf(tx, articleId, imageId))
      errors.leadImageId = [IMAGE_NOT_AVAILABLE];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

/** An image someone else put on the article (an editor, say) stays usable by whoever saves it next. */
function isLeadImageOf(tx: Tx, articleId: number | null, imageId: number): boolean {
  if (articleId == null) return false;
  const row = tx
    .select({ leadImageId: articles.leadImageId })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  return row?.leadImageId === imageId;
}

/** Tags by name in the article's edition, created on first use: db/taxonomy/tags.ts owns the rule. */
export function resolveTagIds(tx: Tx, editionId: number, names: string[]): number[] {
  return findOrCreateTags(tx, editionId, names);
}

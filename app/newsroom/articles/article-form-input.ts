// Turns the editor's form post into the data layer's input, and the data layer's refusals into
// what the form shows. Shared by the create, save and autosave actions.
import { z } from 'zod';
import type { ArticleInput, FieldChange } from '@/db/articles/editor';
import type { ArticleFormValues, Conflict, FormErrors } from '@/components/editor/editor-types';
import { formatPublishDate } from '@/components/dates';

const text = z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string());
const optionalId = z.preprocess(
  (v) => (typeof v === 'string' && v !== '' ? Number(v) : null),
  z.number({ error: 'Choose from the list' }).int().positive().nullable(),
);

const formSchema = z.object({
  title: text,
  slug: text,
  summary: text,
  body: text,
  sectionId: optionalId,
  tags: text,
  leadImageCaption: text,
  leadImageCredit: text,
  authorId: optionalId,
  publishedAt: text,
});

export function formValues(data: FormData): ArticleFormValues {
  const get = (k: keyof ArticleFormValues) => {
    const v = data.get(k);
    return typeof v === 'string' ? v : '';
  };
  return {
    title: get('title'),
    slug: get('slug'),
    summary: get('summary'),
    body: get('body'),
    sectionId: get('sectionId'),
    tags: get('tags'),
    leadImageCaption: get('leadImageCaption'),
    leadImageCredit: get('leadImageCredit'),
    authorId: get('authorId'),
    publishedAt: get('publishedAt'),
  };
}

/** The data layer validates the content; this only turns strings into the types it takes. */
export function parseArticleForm(data: FormData): { input: ArticleInput } | { errors: FormErrors } {
  const parsed = formSchema.safeParse(
    Object.fromEntries(
      [
        'title',
        'slug',
        'summary',
        'body',
        'sectionId',
        'tags',
        'leadImageCaption',
        'leadImageCredit',
        'authorId',
        'publishedAt',
      ].map((k) => [k, data.get(k)]),
    ),
  );
  if (!parsed.success) {
    const errors: FormErrors = {};
    for (const issue of parsed.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
    return { errors };
  }
  const v = parsed.data;
  return {
    input: {
      title: v.title,
      slug: v.slug.trim(),
      summary: v.summary,
      body: v.body,
      sectionId: v.sectionId,
      tags: v.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      leadImageCaption: v.leadImageCaption,
      leadImageCredit: v.leadImageCredit,
      // Absent for journalists, who have no byline field: the data layer keeps the current one.
      ...(v.authorId != null ? { authorId: v.authorId } : {}),
      publishedAt: publishTime(v.publishedAt, data.get('publishedAtDefault')),
    },
  };
}

/**
 * A draft with no publish time shows "now" in the field; left as shown, it stays unset so that the
 * article takes the moment it is actually published, not the moment the draft was opened.
 */
function publishTime(typed: string, shownDefault: FormDataEntryValue | null): string | null {
  const value = typed.trim();
  if (value === '' || (typeof shownDefault === 'string' && shownDefault !== '' && value === shownDefault))
    return null;
  return value;
}

/** The data layer names a few fields after its columns; the form names them after its controls. */
export function formErrors(fieldErrors: Record<string, string[]>): FormErrors {
  const out: FormErrors = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const key = field === 'leadImageId' ? 'leadImage' : field === '' ? 'form' : field.split('.')[0];
    (out[key] ??= []).push(...messages);
  }
  return out;
}

export function conflictOf(
  e: { currentVersion: number; savedBy: { name: string } | null; savedAt: number; changes: FieldChange[] },
  timeZone: string,
): Conflict {
  return {
    version: e.currentVersion,
    savedBy: e.savedBy?.name ?? 'another person',
    savedAt: formatPublishDate(e.savedAt, timeZone),
    changes: e.changes.map((c) => ({
      field: c.field,
      label: c.label,
      before: clip(c.before),
      after: clip(c.after),
    })),
  };
}

const clip = (s: string) => (s.length > 400 ? `${s.slice(0, 400)}…` : s);

/** "09:41" on the newsroom's clock, for "Saved at 09:41". */
export function clockTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

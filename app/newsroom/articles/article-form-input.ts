// Turns the editor's form post into the data layer's input: the zod schemas the create, edit and
// autosave actions hand to guardedAction. The data layer validates the content; these only turn
// strings into the types it takes.
import { z } from 'zod';
import type { ArticleInput } from '@/db/articles/editor';

const text = z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string());
const optionalId = z.preprocess(
  (v) => (typeof v === 'string' && v !== '' ? Number(v) : null),
  z.number({ error: 'Choose from the list' }).int().positive().nullable(),
);

const fields = {
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
  publishedAtDefault: text,
};

type Fields = z.output<z.ZodObject<typeof fields>>;

function articleInput(v: Fields): ArticleInput {
  return {
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
    publishedAt: publishTime(v.publishedAt, v.publishedAtDefault),
  };
}

/**
 * A draft with no publish time shows "now" in the field; left as shown, it stays unset so that the
 * article takes the moment it is actually published, not the moment the draft was opened.
 */
function publishTime(typed: string, shownDefault: string): string | null {
  const value = typed.trim();
  if (value === '' || (shownDefault !== '' && value === shownDefault)) return null;
  return value;
}

/** The new-article form; the edition it is written in is bound to the action by the page. */
export const newArticleSchema = z
  .object({ ...fields, editionId: z.number().int().positive() })
  .transform((v) => ({ ...articleInput(v), editionId: v.editionId }));

/** The editor's form; `id` is bound to the action, `intent` is the button that was pressed. */
export const editArticleSchema = z
  .object({
    ...fields,
    id: z.number().int().positive(),
    intent: z.enum(['save', 'submit', 'sendback', 'publish', 'unpublish']).catch('save'),
    baseVersion: text,
    comment: text,
  })
  .transform((v) => ({
    id: v.id,
    intent: v.intent,
    // The data layer says what a missing or garbled version means.
    baseVersion: Number(v.baseVersion),
    comment: v.comment,
    input: articleInput(v),
  }));

export type EditIntent = z.output<typeof editArticleSchema>['intent'];

'use server';
// Translate and "Mark as current" (issue 11, README "Translating"). A new translation is a draft, so
// no public page changes until it is published; marking it current changes nothing readers see.
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createTranslation, markTranslationCurrent, SourceMovedError } from '@/db/articles/translate';
import { guardedAction } from '../../guarded-action';

const id = z.number().int().positive();
const formNumber = (message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : undefined),
    z.number({ error: message }).int().positive(),
  );

export const translateArticleAction = guardedAction({
  name: 'article.translate',
  role: 'journalist',
  schema: z.object({ id, editionId: formNumber('Choose an edition to translate into') }),
  bound: ['id'],
  invalid: 'Not translated: choose an edition.',
  summary: 'Not translated: see the edition field.',
  // The editor page it opens next is rendered anew anyway.
  refresh: false,
  run: (actor, { id, editionId }) => createTranslation(actor, id, editionId),
  done: ({ id }) => redirect(`/newsroom/articles/${id}?translated=1`),
});

export const markTranslationCurrentAction = guardedAction({
  name: 'article.translation-current',
  role: 'journalist',
  schema: z.object({ id, sourceVersion: formNumber('Reload the page: the source version is missing.') }),
  bound: ['id'],
  run: (actor, { id, sourceVersion }) => markTranslationCurrent(actor, id, sourceVersion),
  // The source moved again: the notice is shown anew with the version to check, and the refusal says so.
  refused: (error) => {
    if (error instanceof SourceMovedError) refresh();
    return undefined;
  },
  done: (status) => `Marked as current with version ${status.sourceVersion} of the source.`,
});

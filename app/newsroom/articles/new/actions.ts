'use server';
import { redirect } from 'next/navigation';
import { createArticle } from '@/db/articles/editor';
import { guardedAction } from '../../guarded-action';
import { newArticleSchema } from '../article-form-input';
import { withLeadImage } from '../article-writes';
import { editorRefusal, NOT_SAVED } from '../editor-refusals';

/** A new article starts as a draft: nothing public changes, so no page expires yet. */
export const createArticleAction = guardedAction({
  name: 'article.create',
  role: 'journalist',
  schema: newArticleSchema,
  bound: ['editionId'],
  invalid: NOT_SAVED,
  refused: editorRefusal,
  // The editor page it opens next is rendered anew anyway.
  refresh: false,
  run: (actor, input, data) =>
    withLeadImage(actor, data, (leadImageId) => createArticle(actor, { ...input, leadImageId })),
  done: ({ id }) => redirect(`/newsroom/articles/${id}?created=1`),
});

'use server';
// The editor's actions. Save, Submit and Publish (or Schedule) are one data-layer call that saves and
// moves in one transaction, so a refused move leaves the article as it was; Send back and Unpublish
// only move. guardedAction checks the actor, expires the public pages the write affected and answers
// the form; the data layer checks permissions and versions again.
import { notFound } from 'next/navigation';
import { getArticleForEdit, saveArticle } from '@/db/articles/editor';
import { moveArticle } from '@/db/articles/workflow';
import { newsroomTimeZone } from '@/lib/config';
import { guardedAction } from '../../guarded-action';
import { editArticleSchema, type EditIntent } from '../article-form-input';
import { withLeadImage } from '../article-writes';
import { formValuesOf, leadPreviewOf } from '../editor-model';
import { autosaveRefusal, clockTime, editorRefusal, NOT_SAVED } from '../editor-refusals';

const DONE: Record<EditIntent, string> = {
  save: 'Saved.',
  submit: 'Submitted for review. An editor will look at it next.',
  sendback: 'Sent back to the author with your comment.',
  publish: 'Published.',
  unpublish: 'Unpublished: readers can no longer see it.',
};

export const editArticleAction = guardedAction({
  name: 'article.edit',
  role: 'journalist',
  schema: editArticleSchema,
  bound: ['id'],
  invalid: NOT_SAVED,
  refused: editorRefusal,
  run: async (actor, { id, intent, baseVersion, comment, input }, data) => {
    const result =
      intent === 'sendback' || intent === 'unpublish'
        ? await moveArticle(actor, id, intent, { comment })
        : await withLeadImage(actor, data, (leadImageId) =>
            saveArticle(
              actor,
              id,
              { ...input, leadImageId, baseVersion },
              { move: intent === 'save' ? undefined : intent },
            ),
          );
    // The form adopts what the server settled (slug, publish time) and what the new state offers.
    const article = await getArticleForEdit(actor, id);
    if (!article) notFound();
    return { state: result.state, affected: result.affected, article };
  },
  affected: (r) => r.affected,
  done: ({ state, article }, { intent }) => ({
    message:
      intent === 'publish' && state === 'scheduled'
        ? 'Scheduled: it goes live at its publish time.'
        : DONE[intent],
    values: formValuesOf(article),
    version: article.version,
    leadImage: leadPreviewOf(article),
    workflow: article.workflow,
  }),
});

/** Autosave: the same save with the same version check, minus uploads and workflow moves. */
export const autosaveArticleAction = guardedAction({
  name: 'article.autosave',
  role: 'journalist',
  schema: editArticleSchema,
  bound: ['id'],
  invalid: 'Not saved automatically: check the highlighted fields.',
  refused: autosaveRefusal,
  // Nothing beside the form shows an autosave; the page is not rendered again for it.
  refresh: false,
  run: (actor, { id, baseVersion, input }, data) =>
    withLeadImage(actor, data, (leadImageId) =>
      saveArticle(actor, id, { ...input, leadImageId, baseVersion }),
    ),
  affected: (saved) => saved.affected,
  done: (saved) => ({
    message: '',
    version: saved.version,
    savedAt: clockTime(Date.now(), newsroomTimeZone()),
  }),
});

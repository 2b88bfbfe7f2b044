'use server';
// The editor's actions. Each parses the form, calls the data layer (which checks permissions and
// versions again), expires the public pages at once for this person, and reports back to the form.
import { refresh } from 'next/cache';
import { notFound } from 'next/navigation';
import { requireActor } from '@/auth';
import {
  getArticleForEdit,
  saveArticle,
  StaleVersionError,
  type AffectedArticle,
} from '@/db/articles/editor';
import { newsroomTimeZone } from '@/lib/config';
import { ValidationError } from '@/lib/errors';
import { PermissionError } from '@/db/people/permissions';
import {
  publishArticle,
  sendBack,
  submitForReview,
  TransitionError,
  unpublishArticle,
} from '@/db/articles/workflow';
import type { AutosaveResult, EditorState } from '@/components/editor/editor-types';
import { clockTime, conflictOf, formErrors, formValues, parseArticleForm } from '../article-form-input';
import {
  discardRefusedUpload,
  expireArticlePages,
  leadImageFrom,
  type LeadImageChoice,
} from '../article-writes';
import { formValuesOf, leadPreviewOf, workflowOf } from '../editor-model';

type Intent = 'save' | 'submit' | 'sendback' | 'publish' | 'unpublish';
const INTENTS: Intent[] = ['save', 'submit', 'sendback', 'publish', 'unpublish'];
const DONE: Record<Intent, string> = {
  save: 'Saved.',
  submit: 'Submitted for review. An editor will look at it next.',
  sendback: 'Sent back to the author with your comment.',
  publish: 'Published.',
  unpublish: 'Unpublished: readers can no longer see it.',
};

const publicOrScheduled = (state: string) => state === 'published' || state === 'scheduled';

export async function editArticleAction(
  id: number,
  _prev: EditorState,
  data: FormData,
): Promise<EditorState> {
  const actor = await requireActor();
  const tz = newsroomTimeZone();
  const values = formValues(data);
  const intent = INTENTS.find((i) => i === data.get('intent')) ?? 'save';
  let version = Number(data.get('baseVersion'));
  let image: LeadImageChoice | null = null;
  try {
    if (intent === 'save' || intent === 'submit' || intent === 'publish') {
      const parsed = parseArticleForm(data);
      if ('errors' in parsed)
        return {
          status: 'error',
          message: 'Not saved: please fix the problems below.',
          errors: parsed.errors,
          values,
          version,
        };
      image = await leadImageFrom(actor, data);
      if (!image.ok)
        return {
          status: 'error',
          message: 'Not saved: the image could not be used.',
          errors: { leadImage: [image.message] },
          values,
          version,
        };
      const saved = await saveArticle(actor, id, {
        ...parsed.input,
        leadImageId: image.id,
        baseVersion: version,
      });
      version = saved.version;
      if (publicOrScheduled(saved.state)) expireArticlePages(saved.affectedTags);
    }
    let moved: { affectedTags: Omit<AffectedArticle, `previous${string}`> } | null = null;
    if (intent === 'submit') moved = await submitForReview(actor, id);
    if (intent === 'sendback') moved = await sendBack(actor, id, String(data.get('comment') ?? ''));
    if (intent === 'publish') moved = await publishArticle(actor, id);
    if (intent === 'unpublish') moved = await unpublishArticle(actor, id);
    if (moved) {
      const t = moved.affectedTags;
      expireArticlePages({
        ...t,
        previousAuthorId: t.authorId,
        previousSectionId: t.sectionId,
        previousTagIds: t.tagIds,
      });
    }
  } catch (error) {
    // Once the save went through the article uses the image and this keeps it.
    if (image) await discardRefusedUpload(actor, image);
    return refusal(error, values, version, tz);
  }
  const fresh = await getArticleForEdit(actor, id);
  if (!fresh) notFound();
  const leadImage = leadPreviewOf(fresh);
  // The history and revisions beside the form are server-rendered: show the new entries.
  refresh();
  return {
    status: 'saved',
    message:
      intent === 'publish' && fresh.state === 'scheduled'
        ? 'Scheduled: it goes live at its publish time.'
        : DONE[intent],
    errors: {},
    values: formValuesOf(fresh),
    version: fresh.version,
    leadImage,
    workflow: workflowOf(fresh, actor),
  };
}

function refusal(
  error: unknown,
  values: ReturnType<typeof formValues>,
  version: number,
  tz: string,
): EditorState {
  if (error instanceof StaleVersionError)
    return {
      status: 'conflict',
      message: 'Not saved: someone else saved this article first.',
      errors: {},
      values,
      version,
      conflict: conflictOf(error, tz),
    };
  if (error instanceof ValidationError)
    return {
      status: 'error',
      message: 'Not saved: please fix the problems below.',
      errors: formErrors(error.fieldErrors),
      values,
      version,
    };
  if (error instanceof PermissionError || error instanceof TransitionError)
    return { status: 'error', message: error.message, errors: {}, values, version };
  throw error;
}

/** Autosave: the same save with the same version check, minus uploads and workflow moves. */
export async function autosaveArticleAction(id: number, data: FormData): Promise<AutosaveResult> {
  const actor = await requireActor();
  const tz = newsroomTimeZone();
  const parsed = parseArticleForm(data);
  if ('errors' in parsed)
    return {
      status: 'error',
      message: 'Not saved automatically: check the highlighted fields.',
      errors: parsed.errors,
    };
  const kept = Number(data.get('leadImageId'));
  const leadImageId = data.get('removeLeadImage') ? null : Number.isInteger(kept) && kept > 0 ? kept : null;
  try {
    const saved = await saveArticle(actor, id, {
      ...parsed.input,
      leadImageId,
      baseVersion: Number(data.get('baseVersion')),
    });
    if (publicOrScheduled(saved.state)) expireArticlePages(saved.affectedTags);
    return { status: 'saved', version: saved.version, savedAt: clockTime(Date.now(), tz) };
  } catch (error) {
    if (error instanceof StaleVersionError) return { status: 'conflict', conflict: conflictOf(error, tz) };
    if (error instanceof ValidationError) {
      const errors = formErrors(error.fieldErrors);
      const fields = Object.keys(errors).join(', ');
      return {
        status: 'error',
        message: `Not saved automatically: check ${fields}. Your text is still here.`,
        errors,
      };
    }
    if (error instanceof PermissionError) return { status: 'error', message: error.message, errors: {} };
    throw error;
  }
}

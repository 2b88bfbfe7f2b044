'use server';
import { redirect } from 'next/navigation';
import { requireActor } from '@/auth';
import { createArticle } from '@/db/articles/editor';
import { ValidationError } from '@/lib/errors';
import { PermissionError } from '@/db/people/permissions';
import type { EditorState } from '@/components/editor/editor-types';
import { formErrors, formValues, parseArticleForm } from '../article-form-input';
import { discardRefusedUpload, leadImageFrom } from '../article-writes';

/** A new article starts as a draft; nothing public changes, so no page needs expiring yet. */
export async function createArticleAction(_prev: EditorState, data: FormData): Promise<EditorState> {
  const actor = await requireActor();
  const values = formValues(data);
  const parsed = parseArticleForm(data);
  if ('errors' in parsed)
    return {
      status: 'error',
      message: 'Not saved: please fix the problems below.',
      errors: parsed.errors,
      values,
    };
  const image = await leadImageFrom(actor, data);
  if (!image.ok)
    return {
      status: 'error',
      message: 'Not saved: the image could not be used.',
      errors: { leadImage: [image.message] },
      values,
    };
  let id: number;
  try {
    id = (await createArticle(actor, { ...parsed.input, leadImageId: image.id })).id;
  } catch (error) {
    const refused = error instanceof ValidationError || error instanceof PermissionError;
    // Nothing is kept of a refused save; the chosen file stays in the form for the next try.
    if (refused) await discardRefusedUpload(actor, image);
    if (error instanceof ValidationError)
      return {
        status: 'error',
        message: 'Not saved: please fix the problems below.',
        errors: formErrors(error.fieldErrors),
        values,
      };
    if (error instanceof PermissionError)
      return { status: 'error', message: error.message, errors: {}, values };
    throw error;
  }
  redirect(`/newsroom/articles/${id}?created=1`);
}

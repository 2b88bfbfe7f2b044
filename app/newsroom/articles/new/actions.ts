'use server';
import { redirect } from 'next/navigation';
import { requireActor } from '@/auth';
import { createArticle } from '@/db/article-editor';
import { ValidationError } from '@/db/errors';
import { PermissionError } from '@/db/permissions';
import { getImageView } from '@/db/images';
import type { EditorState } from '@/components/editor/editor-types';
import { formErrors, formValues, parseArticleForm } from '../article-form-input';
import { leadImageFrom } from '../article-writes';

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
  // A stored upload is shown again if the article is refused, so it need not be chosen twice.
  const shown = image.uploaded ?? (image.id != null ? getImageView(image.id) : null);
  const leadImage = shown
    ? { id: shown.id, url: shown.url, width: shown.width, height: shown.height, alt: values.leadImageCaption }
    : null;
  let id: number;
  try {
    id = (await createArticle(actor, { ...parsed.input, leadImageId: image.id })).id;
  } catch (error) {
    if (error instanceof ValidationError)
      return {
        status: 'error',
        message: 'Not saved: please fix the problems below.',
        errors: formErrors(error.fieldErrors),
        values,
        leadImage,
      };
    if (error instanceof PermissionError)
      return { status: 'error', message: error.message, errors: {}, values, leadImage };
    throw error;
  }
  redirect(`/newsroom/articles/${id}?created=1`);
}

'use server';
// Actions shared by the new-article page and the editor.
import { requireActor } from '@/auth';
import { ValidationError } from '@/lib/errors';
import { storeUpload } from '@/db/images/uploads';
import type { UploadResult } from '@/components/editor/image-form';

/** An image for the body, uploaded from the editor's toolbar. */
export async function uploadBodyImageAction(data: FormData): Promise<UploadResult> {
  const actor = await requireActor();
  const file = data.get('image');
  if (!(file instanceof File) || file.size === 0)
    return { ok: false, error: 'Choose an image file (JPEG, PNG or WebP).' };
  try {
    const image = await storeUpload(actor, {
      bytes: Buffer.from(await file.arrayBuffer()),
      originalName: file.name,
    });
    return { ok: true, src: image.url, width: image.width, height: image.height };
  } catch (error) {
    if (error instanceof ValidationError)
      return { ok: false, error: error.fieldErrors.image?.join(' ') ?? error.message };
    throw error;
  }
}

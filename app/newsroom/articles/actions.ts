'use server';
// Actions shared by the new-article page and the editor.
import { z } from 'zod';
import { storeUpload } from '@/db/images/uploads';
import { ValidationError } from '@/lib/errors';
import type { UploadExtra } from '@/components/editor/image-form';
import { guardedAction } from '../guarded-action';

/** An image for the body, uploaded from the editor's toolbar; it is public once an article shows it. */
export const uploadBodyImageAction = guardedAction({
  name: 'image.upload',
  role: 'journalist',
  // The file stays in the FormData: zod reads form text only.
  schema: z.object({}),
  // Nothing on the page changes until the image is in the body and the article is saved.
  refresh: false,
  run: async (actor, _input, data) => {
    const file = data.get('image');
    if (!(file instanceof File) || file.size === 0)
      throw new ValidationError({ image: ['Choose an image file (JPEG, PNG or WebP).'] });
    return storeUpload(actor, { bytes: Buffer.from(await file.arrayBuffer()), originalName: file.name });
  },
  done: (image): Partial<UploadExtra> & { message: string } => ({
    message: '',
    src: image.url,
    width: image.width,
    height: image.height,
  }),
});

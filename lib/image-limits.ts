// The upload limits and their messages, without sharp: the editor checks a chosen file in the
// browser with the same numbers and words as the server (db/images.ts), because a file over the
// server action's body limit (next.config.mjs) never reaches the server's own check.
// API: MAX_UPLOAD_BYTES, NOT_AN_IMAGE, TOO_LARGE, TOO_MANY_PIXELS, imageFileProblem(file) → message | null

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

export const NOT_AN_IMAGE = 'That file is not a JPEG, PNG or WebP image';
export const TOO_LARGE = 'Images must be 8 MB or smaller';
export const TOO_MANY_PIXELS = 'Images must be 40 megapixels or smaller';

const TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const EXTENSIONS = /\.(?:jpe?g|png|webp)$/i;

/**
 * A first look at a chosen file, before it is sent. The name and the claimed type are only a hint
 * (the server decides by content): a file passes if either looks right.
 */
export function imageFileProblem(file: { size: number; name: string; type: string }): string | null {
  if (file.size > MAX_UPLOAD_BYTES) return TOO_LARGE;
  if (file.size === 0 || !(TYPES.includes(file.type) || EXTENSIONS.test(file.name))) return NOT_AN_IMAGE;
  return null;
}

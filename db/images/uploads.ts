// Image uploads: checked by content (never by name or claimed type), auto-oriented, stripped of
// metadata (camera serials, GPS), resized into a few widths with sharp, stored under data/uploads.
// API:
//   storeUpload(actor, { bytes, originalName }) → { id, url, width, height, srcSet }
//     throws ValidationError { image: [specific message] }
//   imageView(row) → ImageView
//   imageUrl(row, width?) → "/uploads/<key>-<width>.<ext>" (largest rendition ≤ width)
//   imageSrcSet(row) → "… 480w, … 960w, … 1440w"
//   discardUpload(actor, id) — removes the actor's own upload that no article uses (row and files)
//   MAX_UPLOAD_BYTES, MAX_PIXELS, IMAGE_WIDTHS (file names: lib/upload-names.ts; limits and their
//   messages, shared with the browser: lib/image-limits.ts)
import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, notExists } from 'drizzle-orm';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { uploadsDir } from '@/lib/config';
import { ValidationError } from '@/lib/errors';
import { imageUrl as urlFor, type ImageRow } from '@/lib/image-urls';
import { getDb } from '@/db';
import { requireRole, type Actor } from '@/db/people/permissions';
import { MAX_UPLOAD_BYTES, NOT_AN_IMAGE, TOO_LARGE, TOO_MANY_PIXELS } from '@/lib/image-limits';
import { articles, images } from '@/db/schema';
import { UPLOAD_CONTENT_TYPES, uploadFileName } from '@/lib/upload-names';

export { MAX_UPLOAD_BYTES, NOT_AN_IMAGE, TOO_LARGE, TOO_MANY_PIXELS } from '@/lib/image-limits';
export const MAX_PIXELS = 40_000_000;
export const IMAGE_WIDTHS = [480, 960, 1440] as const;

export type ImageView = { id: number; url: string; width: number; height: number; srcSet: string };

const FORMATS = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg', encode: (s: Sharp) => s.jpeg({ quality: 82, mozjpeg: true }) },
  png: { mime: 'image/png', ext: 'png', encode: (s: Sharp) => s.png({ compressionLevel: 9 }) },
  webp: { mime: 'image/webp', ext: 'webp', encode: (s: Sharp) => s.webp({ quality: 80 }) },
} as const;

function refuse(message: string): never {
  throw new ValidationError({ image: [message] }, message);
}

function widthsOf(row: Pick<ImageRow, 'widths' | 'width'>): number[] {
  try {
    const list = JSON.parse(row.widths) as unknown;
    if (Array.isArray(list) && list.length > 0 && list.every((w) => Number.isInteger(w) && w > 0))
      return [...(list as number[])].sort((a, b) => a - b);
  } catch {
    // a malformed row still has its original width
  }
  return [row.width];
}

/** The largest rendition no wider than `width` (the smallest if none is); the largest by default. */
export function imageUrl(row: ImageRow, width?: number): string {
  const widths = widthsOf(row);
  const fitting = width === undefined ? widths : widths.filter((w) => w <= width);
  return urlFor(row.key, fitting.length > 0 ? fitting[fitting.length - 1] : widths[0], row.mime);
}

export function imageSrcSet(row: ImageRow): string {
  return widthsOf(row)
    .map((w) => `${urlFor(row.key, w, row.mime)} ${w}w`)
    .join(', ');
}

export function imageView(row: ImageRow & { id: number }): ImageView {
  return { id: row.id, url: imageUrl(row), width: row.width, height: row.height, srcSet: imageSrcSet(row) };
}

export async function storeUpload(
  actor: Actor,
  upload: { bytes: Buffer; originalName: string },
): Promise<ImageView> {
  requireRole(actor, 'journalist', 'Sign in as staff to upload images.');
  const { bytes } = upload;
  // Refuse before decoding: sharp never sees an oversized buffer.
  if (bytes.length > MAX_UPLOAD_BYTES) refuse(TOO_LARGE);
  if (bytes.length === 0) refuse(NOT_AN_IMAGE);
  const input = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' });
  let meta: Metadata;
  try {
    meta = await input().metadata();
  } catch (error) {
    // sharp reads only the header here; a huge pixel count is refused before any decoding.
    refuse(error instanceof Error && /pixel limit/i.test(error.message) ? TOO_MANY_PIXELS : NOT_AN_IMAGE);
  }
  const format =
    meta.format === 'jpeg' || meta.format === 'png' || meta.format === 'webp' ? FORMATS[meta.format] : null;
  if (!format || !meta.width || !meta.height) refuse(NOT_AN_IMAGE);
  if (meta.width * meta.height > MAX_PIXELS) refuse(TOO_MANY_PIXELS);
  // EXIF orientations 5–8 are rotated by 90°: the picture people see is the other way round.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  const widths = [...new Set([...IMAGE_WIDTHS.filter((w) => w < width), Math.min(width, IMAGE_WIDTHS[2])])];

  const key = randomBytes(8).toString('hex');
  const dir = uploadsDir();
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  try {
    for (const w of widths) {
      const out = await format
        .encode(input().rotate().resize({ width: w, withoutEnlargement: true }))
        .toBuffer();
      const file = path.join(dir, uploadFileName(key, w, format.ext));
      await writeFile(file, out, { flag: 'wx' });
      written.push(file);
    }
    const row = getDb()
      .insert(images)
      .values({ key, mime: format.mime, width, height, widths: JSON.stringify(widths), uploadedBy: actor.id })
      .returning()
      .get();
    return imageView(row);
  } catch (error) {
    await Promise.all(written.map((f) => unlink(f).catch(() => undefined)));
    // A header that looked right over a broken body fails only when decoding.
    if (error instanceof Error && /corrupt|premature|unsupported|bad|invalid/i.test(error.message))
      refuse(NOT_AN_IMAGE);
    throw error;
  }
}

/**
 * Takes back an upload whose save was then refused, so a refused save leaves nothing behind. Only
 * the uploader's own image, and only while no article has it as its lead image; otherwise a no-op.
 */
export async function discardUpload(actor: Actor, id: number): Promise<void> {
  const unused = notExists(
    getDb().select({ id: articles.id }).from(articles).where(eq(articles.leadImageId, images.id)),
  );
  const row = getDb()
    .delete(images)
    .where(and(eq(images.id, id), eq(images.uploadedBy, actor.id), unused))
    .returning()
    .get();
  if (!row) return;
  const ext = Object.keys(UPLOAD_CONTENT_TYPES).find((e) => UPLOAD_CONTENT_TYPES[e] === row.mime);
  if (!ext) return;
  await Promise.all(
    widthsOf(row).map((w) =>
      unlink(path.join(uploadsDir(), uploadFileName(row.key, w, ext))).catch(() => undefined),
    ),
  );
}

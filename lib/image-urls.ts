// Public URLs of uploaded images. Files live under data/uploads/<key>-<width>.<ext> and are served
// at /uploads/<key>-<width>.<ext>; the row knows the original size and which widths were written.

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
};

export type ImageRow = { key: string; mime: string; width: number; height: number; widths: string };

export function extensionOf(mime: string): string {
  return EXTENSIONS[mime] ?? mime.replace(/^image\//, '');
}

export function imageUrl(key: string, width: number, mime: string): string {
  return `/uploads/${encodeURIComponent(key)}-${width}.${extensionOf(mime)}`;
}

function parseWidths(json: string, fallback: number): number[] {
  try {
    const list = JSON.parse(json) as unknown;
    if (Array.isArray(list)) {
      const widths = list.filter((w): w is number => Number.isInteger(w) && w > 0).sort((a, b) => a - b);
      if (widths.length > 0) return widths;
    }
  } catch {
    // A malformed row falls back to the original width rather than breaking a whole list.
  }
  return [fallback];
}

/** Every stored rendition, for srcset: the browser picks the smallest that fills the box. */
export function imageSrcSet(row: Pick<ImageRow, 'key' | 'mime' | 'width' | 'widths'>): string {
  return parseWidths(row.widths, row.width)
    .map((w) => `${imageUrl(row.key, w, row.mime)} ${w}w`)
    .join(', ');
}

/**
 * The largest stored rendition no wider than `maxWidth` (else the smallest), with a height that keeps
 * the original's aspect ratio, so the browser reserves the right box before the file arrives.
 */
export function leadImageOf(row: ImageRow, alt: string, maxWidth = 1200) {
  const widths = parseWidths(row.widths, row.width);
  const fitting = widths.filter((w) => w <= maxWidth);
  const width = fitting.length > 0 ? fitting[fitting.length - 1] : widths[0];
  const height = Math.max(1, Math.round((row.height * width) / row.width));
  return { url: imageUrl(row.key, width, row.mime), srcSet: imageSrcSet(row), width, height, alt };
}

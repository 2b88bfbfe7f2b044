import anyAscii from 'any-ascii';

/** Lowercase a-z0-9 words joined by single hyphens, the only shape a slug may have. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A slug from any text. Other scripts are transliterated first (any-ascii: "سياسة" → "sysh",
 * "Ελλάδα" → "ellada"), so an Arabic or Greek headline gets an address of its own rather than
 * "untitled"; Latin text comes out as before (accents dropped).
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = anyAscii(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "city’s" → "citys", not "city-s": an apostrophe joins a word, it does not split it.
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '') || 'untitled';
}

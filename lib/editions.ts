// Editions' language tags and URLs (issue 11): pure rules shared by the data layer, the pages and the
// components. The default edition keeps the site's URLs exactly; another lives under `/<tag>`.

/** What a page needs to know of its edition to build links and set the language of its text. */
export type EditionRef = { tag: string; isDefault: boolean };

/** language, optional script, optional region: "id", "ar", "sr-Latn", "pt-BR", "es-419". */
const SIMPLE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

/**
 * A BCP 47 tag in canonical case ("PT-br" → "pt-BR"), or null for text that is not one or that
 * carries more than a language, script and region (extensions and variants make poor URL prefixes).
 */
export function canonicalLanguageTag(raw: string): string | null {
  try {
    const [tag] = Intl.getCanonicalLocales(raw.trim());
    return tag && SIMPLE_TAG.test(tag) ? tag : null;
  } catch {
    return null;
  }
}

/** Scripts written right to left, for runtimes without Intl.Locale's text info. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ku',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

export function directionOf(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag);
  const info = (locale as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/** First path segments the site already answers; an edition's prefix must not shadow one. */
const RESERVED = new Set([
  'api',
  'app',
  'articles',
  'authors',
  'feed',
  'front',
  'login',
  'new',
  'newsroom',
  'search',
  'sections',
  'setup',
  'tags',
  'uploads',
]);

export function isReservedPrefix(tag: string): boolean {
  return RESERVED.has(tag.toLowerCase());
}

/** A site path ("/", "/articles/x") as it is in `edition`: unchanged in the default edition. */
export function editionPath(edition: EditionRef, path: string): string {
  if (edition.isDefault) return path;
  return path === '/' ? `/${edition.tag}` : `/${edition.tag}${path}`;
}

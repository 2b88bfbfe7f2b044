// The shape of another edition's first path segment (`/id/…`, `/ar/…`, `/pt-BR/…`: a language tag of
// language, optional script and optional region, as canonicalLanguageTag in lib/editions.ts accepts),
// for the plain-JavaScript code that must place a path in an edition before any database is read:
// the security headers (lib/security-headers.mjs) and the readable 404 (scripts/readable-not-found.mjs).
// Every site address of the default edition starts with a longer word (`/articles`, `/sections`…).

/** A regular-expression source, no capturing groups, for one edition tag as a URL segment. */
export const EDITION_TAG = '[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?';

const EDITION_PREFIX = new RegExp(`^/(${EDITION_TAG})(?:/|$)`);

/** The edition tag a path starts with, if its first segment has a tag's shape: "/ar/x" → "ar". */
export function editionPrefixOf(path) {
  return EDITION_PREFIX.exec(path)?.[1] ?? null;
}

// The edition of the page being rendered, for server components that build links (cards, the
// article view, lists). Each layout and page under app/(site)/[edition] sets it before rendering,
// as next-intl's setRequestLocale does for the locale: React's cache() keeps one value per request,
// and a layout and its page may render in either order. Client components get paths as props.
import { cache } from 'react';
import { editionPath, type EditionRef } from './editions';

const DEFAULT: EditionRef = { tag: 'en', isDefault: true };

const current = cache((): { edition: EditionRef } => ({ edition: DEFAULT }));

export function setPageEdition(edition: EditionRef): void {
  current().edition = { tag: edition.tag, isDefault: edition.isDefault };
}

export function pageEdition(): EditionRef {
  return current().edition;
}

/** A site path ("/articles/x") in the page's edition. */
export function pagePath(path: string): string {
  return editionPath(current().edition, path);
}

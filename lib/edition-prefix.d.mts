// Types for lib/edition-prefix.mjs.
export const EDITION_TAG: string;
export function editionPrefixOf(path: string): string | null;

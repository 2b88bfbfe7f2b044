// Types for scripts/readable-not-found.mjs.
export function isErrorShell(html: string): boolean;
export const EDITION_NOT_FOUND_PAGE: RegExp;
export function fetchNotFoundPage(address: { host: string; port: number }, path?: string): Promise<string>;

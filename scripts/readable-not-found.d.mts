// Types for scripts/readable-not-found.mjs.
export function isErrorShell(html: string): boolean;
export function fetchNotFoundPage(address: { host: string; port: number }): Promise<string>;

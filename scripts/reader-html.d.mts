// Types for scripts/reader-html.mjs.
export function withoutFrameworkRuntime(html: string): string;

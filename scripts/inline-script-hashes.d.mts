// Types for scripts/inline-script-hashes.mjs.
export function inlineScriptHashes(html: string): string[];
export function policyForHtml(html: string): string;

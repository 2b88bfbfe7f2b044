// Types for lib/inline-scripts.mjs (plain JavaScript so that scripts/serve.mjs can import it).
export function isFrameworkScript(source: string): boolean;
export function frameworkScriptHashes(html: string): string[];
export function withScriptHashes(policy: string, hashes: string[]): string;

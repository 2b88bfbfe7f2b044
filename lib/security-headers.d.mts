// Types for lib/security-headers.mjs (plain JavaScript so that next.config.mjs can import it).
export const NONCE_PATHS: RegExp;
export function noncePolicy(nonce: string): string;
export function cachedPagePolicy(scriptHashes: string[]): string;
export const CACHED_PAGE_POLICY: string;
export const COMMON_HEADERS: { key: string; value: string }[];
export const HSTS: { key: string; value: string };
export function securityHeaderRules(): {
  source: string;
  has?: { type: 'header'; key: string; value: string }[];
  headers: { key: string; value: string }[];
}[];

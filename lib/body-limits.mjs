// The server actions' body limit, in one place for next.config.mjs (which Next reads before any
// TypeScript) and proxy.ts (which refuses a bigger post with a 413 before Next answers it with a 500).
// The editor posts a lead image of up to 8 MB (lib/image-limits.ts) plus a 200 KB body.

/** In the form next.config.mjs's serverActions.bodySizeLimit takes. */
export const SERVER_ACTION_BODY_LIMIT = '9mb';
/** The same limit in bytes, as Next reads '9mb' (1 MB = 1024 × 1024 bytes). */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 9 * 1024 * 1024;

// The server actions' body limit, in one place for next.config.mjs (which Next reads before any
// TypeScript) and proxy.ts (which refuses a bigger post with a 413 before Next answers it with a 500).
// The editor posts a lead image of up to 8 MB (lib/image-limits.ts) plus a 200 KB body.

/** In the form next.config.mjs's serverActions.bodySizeLimit takes. */
export const SERVER_ACTION_BODY_LIMIT = '9mb';
/** The same limit in bytes, as Next reads '9mb' (1 MB = 1024 × 1024 bytes). */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 9 * 1024 * 1024;

/** The upload limit's message (lib/image-limits.ts): an oversized post is, in practice, an image. */
export const IMAGE_TOO_LARGE = 'Images must be 8 MB or smaller';

/**
 * A server action post larger than the limit, by its declared length: Next would answer it with a
 * 500 ("Body exceeded"), so proxy.ts (under `next dev`) and scripts/serve.mjs (every path, in
 * production) refuse it first with a 413 and the editor's own words (issue 12).
 */
export function isOversizedAction(method, headers) {
  const action = typeof headers.get === 'function' ? headers.get('next-action') : headers['next-action'];
  if (method !== 'POST' || action == null) return false;
  const declared =
    typeof headers.get === 'function' ? headers.get('content-length') : headers['content-length'];
  const length = Number(declared ?? '');
  return Number.isFinite(length) && length > SERVER_ACTION_BODY_LIMIT_BYTES;
}

// A strict script policy for pages rendered once and shared (the cached front page, articles, print
// views, 404s): every inline <script> in the finished body is allowed by its SHA-256 and nothing else
// inline runs. Next writes each page's React payload into inline scripts whose text is fixed when the
// page is cached, so the hashes are the same for every reader of one cached copy; a per-request nonce
// would not be (and a nonce frozen into shared HTML is no secret). README "Security".
import { createHash } from 'node:crypto';
import { cachedPagePolicy } from '../lib/security-headers.mjs';

// Inline scripts only: an element with src= is allowed by 'self'. React escapes "</script" inside
// the scripts it writes, so the first closing tag ends each one.
const INLINE_SCRIPT = /<script(?![^>]*?\ssrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The distinct CSP hash sources ('sha256-…') of the inline scripts in an HTML document. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, text] of html.matchAll(INLINE_SCRIPT)) {
    if (text.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The Content-Security-Policy for this exact HTML. */
export function policyForHtml(html) {
  return cachedPagePolicy(inlineScriptHashes(html));
}

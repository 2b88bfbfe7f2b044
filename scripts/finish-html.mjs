// What scripts/serve.mjs does to a finished HTML response before it leaves (scripts/buffered-html.mjs
// holds it back): a shared page gets a script policy with the hashes of its own inline scripts, and a
// public 404 that is Next's empty shell (or another edition's page) becomes the readable 404 page. Pages rendered per request keep
// the nonce policy proxy.ts gave them and are not held at all.
import zlib from 'node:zlib';
import { decodeBody, isHtml } from './buffered-html.mjs';
import { EDITION_NOT_FOUND_PAGE, fetchNotFoundPage, isErrorShell } from './readable-not-found.mjs';
import { policyForHtml } from './inline-script-hashes.mjs';
import { pathOf } from './request-log.mjs';
import { editionPrefixOf } from '../lib/edition-prefix.mjs';
import { NONCE_PATHS } from '../lib/security-headers.mjs';

const STAFF_PATHS = /^\/(newsroom|login|setup)(\/|$)/;
const UNTOUCHED = /^\/(_next\/|uploads\/|api\/)/;

// Policies of pages already seen, by ETag (Next's hash of the body, the same for every reader of one
// cached copy): a page seen before streams through with its policy, no holding, unzipping or hashing,
// which would otherwise cost about 0.35 ms of the ~0.8 ms a cached article takes. Oldest out first.
const KNOWN_POLICIES_KEPT = 1000;

/** A bounded map of ETag to policy. */
function knownPolicies() {
  const policies = new Map();
  return {
    get: (res) => policies.get(res.getHeader('etag')),
    remember(res, policy) {
      const etag = res.getHeader('etag');
      if (res.statusCode !== 200 || typeof etag !== 'string') return;
      policies.set(etag, policy);
      if (policies.size > KNOWN_POLICIES_KEPT) policies.delete(policies.keys().next().value);
    },
  };
}

/** The page compressed as Next compressed the shell (gzip, the only one it uses), or as it is. */
function encodeLike(res, html) {
  const encoding = String(res.getHeader('content-encoding') ?? '').toLowerCase();
  if (encoding === 'gzip') return zlib.gzipSync(html);
  res.removeHeader('content-encoding');
  return Buffer.from(html, 'utf8');
}

/**
 * Whether a 404 page is in another language than its address asks for: no route matches
 * /ar/no/such/page, so Next answers the default edition's 404 page, and the Arabic one is wanted.
 */
function inAnotherEdition(html, path) {
  const tag = editionPrefixOf(path);
  if (!tag || EDITION_NOT_FOUND_PAGE.test(path)) return false;
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  return lang !== undefined && lang !== tag;
}

/** The options for bufferHtml; `address()` gives this server's own { host, port }. */
export function htmlFinishing(address, log) {
  const known = knownPolicies();
  return {
    wanted: (req) => req.method === 'GET' && !UNTOUCHED.test(pathOf(req.url)),
    hold: (req, res) => {
      const path = pathOf(req.url);
      if (res.statusCode === 304 && !NONCE_PATHS.test(path)) {
        // The browser keeps the body it has and takes a 304's headers into its stored copy: the
        // static policy here would replace the one with that body's hashes. Without one, it stays.
        res.removeHeader('content-security-policy');
        return false;
      }
      if (!isHtml(res)) return false;
      // An edition's 404 page is rendered and cached as a page; its address is a 404 like /_not-found.
      if (EDITION_NOT_FOUND_PAGE.test(path) && res.statusCode === 200) res.statusCode = 404;
      if (NONCE_PATHS.test(path)) return res.statusCode === 404 && !STAFF_PATHS.test(path);
      const policy = res.statusCode === 200 ? known.get(res) : undefined;
      if (policy) res.setHeader('content-security-policy', policy);
      return !policy;
    },
    finish: async (req, res, body) => {
      const html = decodeBody(body, res.getHeader('content-encoding'));
      if (res.statusCode === 404 && (isErrorShell(html) || inAnotherEdition(html, pathOf(req.url)))) {
        const page = await fetchNotFoundPage(address(), pathOf(req.url)).catch((error) => {
          log.warn({ err: error }, 'the readable 404 page could not be fetched; sending the shell');
          return null;
        });
        if (page !== null) {
          res.setHeader('content-security-policy', policyForHtml(page));
          return encodeLike(res, page);
        }
      }
      if (NONCE_PATHS.test(pathOf(req.url))) return body;
      const policy = policyForHtml(html);
      known.remember(res, policy);
      res.setHeader('content-security-policy', policy);
      return body;
    },
  };
}

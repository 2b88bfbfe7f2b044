// What scripts/serve.mjs does to a reader's HTML page before it leaves (scripts/buffered-html.mjs holds
// it back): the framework's client runtime is taken out (scripts/reader-html.mjs), a shared page gets a
// script policy with the hashes of its own inline scripts, and a public 404 that is Next's empty shell
// (or another edition's page) becomes the readable 404 page. Pages rendered per request keep the nonce
// policy proxy.ts gave them; the newsroom's pages are not touched at all.
import zlib from 'node:zlib';
import { decodeBody, isHtml } from './buffered-html.mjs';
import { EDITION_NOT_FOUND_PAGE, fetchNotFoundPage, isErrorShell } from './readable-not-found.mjs';
import { policyForHtml } from './inline-script-hashes.mjs';
import { withoutFrameworkRuntime } from './reader-html.mjs';
import { pathOf } from './request-log.mjs';
import { editionPrefixOf } from '../lib/edition-prefix.mjs';
import { NONCE_PATHS } from '../lib/security-headers.mjs';

const STAFF_PATHS = /^\/(newsroom|login|setup)(\/|$)/;
const UNTOUCHED = /^\/(_next\/|uploads\/|api\/)/;

// Pages already finished, by ETag (Next's hash of the body, the same for every reader of one cached
// copy) and encoding: a page seen before is sent as finished the first time, with no unzipping,
// rewriting, hashing or zipping again, which would otherwise cost more than Next's own answer from its
// cache. Bounded by size, oldest out first.
const FINISHED_BYTES_KEPT = 32 * 1024 * 1024;

/** A size-bounded map of (ETag, encoding) to { body, policy }. */
function finishedPages() {
  const pages = new Map();
  let bytes = 0;
  const keyOf = (res) => {
    const etag = res.getHeader('etag');
    if (res.statusCode !== 200 || typeof etag !== 'string') return undefined;
    return `${etag} ${String(res.getHeader('content-encoding') ?? '')}`;
  };
  return {
    get: (res) => pages.get(keyOf(res)),
    remember(res, page) {
      const key = keyOf(res);
      if (key === undefined || pages.has(key)) return;
      pages.set(key, page);
      bytes += page.body.length;
      for (const [oldest, { body }] of pages) {
        if (bytes <= FINISHED_BYTES_KEPT) break;
        pages.delete(oldest);
        bytes -= body.length;
      }
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

/** Sends the body as Next made it, runtime and all, with the hashes its inline scripts need to run. */
function withItsScripts(res, html, body, perRequest) {
  if (!perRequest) res.setHeader('content-security-policy', policyForHtml(html));
  return body;
}

/** The options for bufferHtml; `address()` gives this server's own { host, port }. */
export function htmlFinishing(address, log) {
  const finished = finishedPages();
  return {
    wanted: (req) => (req.method === 'GET' || req.method === 'HEAD') && !UNTOUCHED.test(pathOf(req.url)),
    hold: (req, res) => {
      const path = pathOf(req.url);
      if (res.statusCode === 304 && !NONCE_PATHS.test(path)) {
        // The browser keeps the body it has and takes a 304's headers into its stored copy: the
        // static policy here would replace the one with that body's hashes. Without one, it stays.
        res.removeHeader('content-security-policy');
        return false;
      }
      if (!isHtml(res) || STAFF_PATHS.test(path)) return false;
      // An edition's 404 page is rendered and cached as a page; its address is a 404 like /_not-found.
      if (EDITION_NOT_FOUND_PAGE.test(path) && res.statusCode === 200) res.statusCode = 404;
      // A HEAD has no body to finish; its status is the page's all the same.
      return req.method !== 'HEAD';
    },
    finish: async (req, res, body) => {
      const path = pathOf(req.url);
      const perRequest = NONCE_PATHS.test(path);
      const known = finished.get(res);
      if (known) {
        if (!perRequest) res.setHeader('content-security-policy', known.policy);
        return known.body;
      }
      let html = decodeBody(body, res.getHeader('content-encoding'));
      // An error page keeps its runtime: its "Try again" is the client's (app/error.tsx).
      if (res.statusCode !== 200 && res.statusCode !== 404)
        return withItsScripts(res, html, body, perRequest);
      let swapped = false;
      if (res.statusCode === 404 && (isErrorShell(html) || inAnotherEdition(html, path))) {
        const page = await fetchNotFoundPage(address(), path).catch((error) => {
          log.warn({ err: error }, 'the readable 404 page could not be fetched; sending the shell');
          return null;
        });
        // The shell draws its page with its scripts, so without the readable page it keeps them.
        if (page === null) return withItsScripts(res, html, body, perRequest);
        html = page;
        swapped = true;
      }
      const page = withoutFrameworkRuntime(html);
      const policy = policyForHtml(page);
      // A page rendered here under the nonce policy keeps it: what is left runs nothing inline.
      if (!perRequest || swapped) res.setHeader('content-security-policy', policy);
      const sent = encodeLike(res, page);
      finished.remember(res, { body: sent, policy });
      return sent;
    },
  };
}

// What scripts/serve.mjs does to a finished HTML response before it leaves (scripts/buffered-html.mjs
// holds it back): a shared page gets a script policy with the hashes of its own inline scripts, and a
// public 404 that is Next's empty shell becomes the readable 404 page. Pages rendered per request keep
// the nonce policy proxy.ts gave them and are not held at all.
import zlib from 'node:zlib';
import { decodeBody, isHtml } from './buffered-html.mjs';
import { fetchNotFoundPage, isErrorShell } from './readable-not-found.mjs';
import { policyForHtml } from './inline-script-hashes.mjs';
import { NONCE_PATHS } from '../lib/security-headers.mjs';

const STAFF_PATHS = /^\/(newsroom|login|setup)(\/|$)/;
const UNTOUCHED = /^\/(_next\/|uploads\/|api\/)/;

function pathOf(req) {
  const url = req.url ?? '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** The page compressed as Next compressed the shell (gzip, the only one it uses), or as it is. */
function encodeLike(res, html) {
  const encoding = String(res.getHeader('content-encoding') ?? '').toLowerCase();
  if (encoding === 'gzip') return zlib.gzipSync(html);
  res.removeHeader('content-encoding');
  return Buffer.from(html, 'utf8');
}

/** The options for bufferHtml; `address()` gives this server's own { host, port }. */
export function htmlFinishing(address, log) {
  return {
    wanted: (req) => req.method === 'GET' && !UNTOUCHED.test(pathOf(req)),
    hold: (req, res) => {
      const path = pathOf(req);
      if (res.statusCode === 304 && !NONCE_PATHS.test(path)) {
        // The browser keeps the body it has and takes a 304's headers into its stored copy: the
        // static policy here would replace the one with that body's hashes. Without one, it stays.
        res.removeHeader('content-security-policy');
        return false;
      }
      if (!isHtml(res)) return false;
      return !NONCE_PATHS.test(path) || (res.statusCode === 404 && !STAFF_PATHS.test(path));
    },
    finish: async (req, res, body) => {
      const html = decodeBody(body, res.getHeader('content-encoding'));
      if (res.statusCode === 404 && isErrorShell(html)) {
        const page = await fetchNotFoundPage(address()).catch((error) => {
          log.warn({ err: error }, 'the readable 404 page could not be fetched; sending the shell');
          return null;
        });
        if (page !== null) {
          res.setHeader('content-security-policy', policyForHtml(page));
          return encodeLike(res, page);
        }
      }
      if (NONCE_PATHS.test(pathOf(req))) return body;
      res.setHeader('content-security-policy', policyForHtml(html));
      return body;
    },
  };
}

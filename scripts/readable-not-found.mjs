// Next 16 answers a notFound() raised while a page renders with the right 404 status but an empty
// error shell (<html id="__next_error__">) whose content only the client draws (vercel/next.js#62228):
// a reader without JavaScript, and many crawlers, see a blank page. scripts/serve.mjs swaps such a
// shell for the site's 404 page as Next serves it to an unmatched address (/_not-found: the header,
// search and the sections to browse), fetched from this same server, keeping the 404 status.
// Under another edition's prefix (/ar/articles/gone) it is that edition's 404 page, /ar/_not-found
// (app/(site)/[edition]/%5Fnot-found), in its language and direction; the default edition's is the
// fallback when the prefix is no edition.
import http from 'node:http';
import { editionPrefixOf } from '../lib/edition-prefix.mjs';

/** The address of an edition's own 404 page, which the server answers with status 404. */
export const EDITION_NOT_FOUND_PAGE = /^\/[^/]+\/_not-found$/;

const ERROR_SHELL = /^\s*<!DOCTYPE html><html id="__next_error__"/i;

/** Whether this body is Next's client-drawn error shell rather than a page. */
export function isErrorShell(html) {
  return ERROR_SHELL.test(html);
}

/**
 * The HTML of the site's own 404 page for a request to `path` (its edition's when the path is under a
 * prefix that names one), from the server listening at `address`.
 */
export async function fetchNotFoundPage(address, path = '/') {
  // An edition's 404 page that is itself a shell (its prefix names no edition) gets the default
  // edition's: asking for its own again would loop.
  const tag = EDITION_NOT_FOUND_PAGE.test(path) ? null : editionPrefixOf(path);
  if (tag) {
    const page = await fetchPage(address, `/${tag}/_not-found`).catch(() => null);
    if (page !== null) return page;
  }
  return fetchPage(address, '/_not-found');
}

function fetchPage(address, path) {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: address.host,
        port: address.port,
        path,
        headers: { 'accept-encoding': 'identity' },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const html = Buffer.concat(chunks).toString('utf8');
          const isPage = /^text\/html\b/i.test(response.headers['content-type'] ?? '');
          if (response.statusCode === 404 && isPage && !isErrorShell(html)) resolve(html);
          else reject(new Error(`${path} answered ${response.statusCode} without a page`));
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.setTimeout(5000, () => request.destroy(new Error(`${path} took over 5 s`)));
  });
}

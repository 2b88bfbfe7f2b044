// Next 16 answers a notFound() raised while a page renders with the right 404 status but an empty
// error shell (<html id="__next_error__">) whose content only the client draws (vercel/next.js#62228):
// a reader without JavaScript, and many crawlers, see a blank page. scripts/serve.mjs swaps such a
// shell for the site's 404 page as Next serves it to an unmatched address (/_not-found: the header,
// search and the sections to browse), fetched from this same server, keeping the 404 status.
import http from 'node:http';

const ERROR_SHELL = /^\s*<!DOCTYPE html><html id="__next_error__"/i;

/** Whether this body is Next's client-drawn error shell rather than a page. */
export function isErrorShell(html) {
  return ERROR_SHELL.test(html);
}

/** The HTML of the site's own 404 page, from the server listening at `address`. */
export function fetchNotFoundPage(address) {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: address.host,
        port: address.port,
        path: '/_not-found',
        headers: { 'accept-encoding': 'identity' },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const html = Buffer.concat(chunks).toString('utf8');
          const isPage = /^text\/html\b/i.test(response.headers['content-type'] ?? '');
          if (response.statusCode === 404 && isPage && !isErrorShell(html)) resolve(html);
          else reject(new Error(`/_not-found answered ${response.statusCode} without a page`));
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.setTimeout(5000, () => request.destroy(new Error('/_not-found took over 5 s')));
  });
}

// Security headers for every response (issue 12), in one place for next.config.mjs (cached public
// pages, files, 404s) and proxy.ts (pages rendered per request, which get a per-request nonce).
// Plain JavaScript because next.config.mjs imports it before TypeScript is in play.
import { EDITION_TAG } from './edition-prefix.mjs';

// The public lists rendered per request, in the default edition (`/search`) and under another
// edition's prefix (`/ar/search`): every edition's pages get the same headers (README "Editions").
const LISTS = 'search|sections|authors|tags';
const STAFF = 'newsroom|login|setup';

/**
 * Paths the proxy renders with a nonce: everything rendered per request. The cached (ISR) pages,
 * the front page, articles and their print view, are left out: a nonce baked into cached HTML
 * would be shared by every reader. Keep in step with `config.matcher` in proxy.ts.
 */
export const NONCE_PATHS = new RegExp(`^/(?:(?:${EDITION_TAG})/)?(?:${LISTS})(?:/|$)|^/(?:${STAFF})(?:/|$)`);

const COMMON_DIRECTIVES = {
  'default-src': ["'self'"],
  // Style attributes (the rating bar's width, an avatar's colour, chart bars) are not scripts; CSP
  // cannot allow them by hash or nonce, so they are allowed here and nothing else inline is.
  'style-src-attr': ["'unsafe-inline'"],
  // Body images come only from /uploads (lib/sanitize.ts); data: and blob: for the editor's previews.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

function serialise(directives) {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/**
 * The policy of a page rendered per request: only scripts carrying this response's nonce run, and
 * what they load ('strict-dynamic'), so injected markup can run nothing.
 */
export function noncePolicy(nonce) {
  return serialise({
    ...COMMON_DIRECTIVES,
    'script-src': [`'nonce-${nonce}'`, "'strict-dynamic'"],
    'style-src': ["'self'", `'nonce-${nonce}'`],
  });
}

/**
 * The policy of a page rendered once and shared (the cached front page, articles, print views, 404s):
 * its own inline scripts allowed by hash, scripts from this origin, nothing else. scripts/serve.mjs
 * computes the hashes from each finished HTML body (scripts/inline-script-hashes.mjs).
 */
export function cachedPagePolicy(scriptHashes) {
  return serialise({
    ...COMMON_DIRECTIVES,
    'script-src': ["'self'", ...scriptHashes],
    'style-src': ["'self'"],
  });
}

/**
 * The static policy on those paths, sent by next.config.mjs's headers() before any body exists.
 * `npm start` (scripts/serve.mjs) replaces it on every HTML page with the hash policy above, so
 * what keeps it (feeds, images, assets, HEAD answers) runs no inline script at all. Only `next dev`,
 * whose pages scripts/serve.mjs never sees, allows inline scripts: its payload scripts must run.
 */
export const CACHED_PAGE_POLICY = serialise({
  ...COMMON_DIRECTIVES,
  'script-src': process.env.NODE_ENV === 'development' ? ["'self'", "'unsafe-inline'"] : ["'self'"],
  'style-src': ["'self'"],
});

/** Headers every response carries, whatever it is. */
export const COMMON_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // For browsers without frame-ancestors; both say "never in a frame".
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Sent only when the request came over https (directly or as the proxy in front says). */
export const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };

/** The headers() entries for next.config.mjs. */
export function securityHeaderRules() {
  return [
    { source: '/:path*', headers: COMMON_HEADERS },
    {
      source: '/:path*',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
      headers: [HSTS],
    },
    {
      // Everything the proxy does not give a nonce policy (see NONCE_PATHS).
      source: `/((?!(?:${EDITION_TAG}/)?(?:${LISTS})(?:/|$)|${STAFF}).*)`,
      headers: [{ key: 'Content-Security-Policy', value: CACHED_PAGE_POLICY }],
    },
  ];
}

import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaderRules } from './lib/security-headers.mjs';
import { islandVersions } from './lib/island-version.mjs';
import { SERVER_ACTION_BODY_LIMIT } from './lib/body-limits.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // One set of expired cache tags for every server process and the CLI tools; pages themselves stay
  // in each process's memory (lib/cache/handler.mjs, README "Production").
  cacheHandler: fileURLToPath(new URL('./lib/cache/handler.mjs', import.meta.url)),
  // Native modules are loaded by Node at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'sharp'],
  experimental: {
    // Pages rendered at run time and cached data live in memory only: the database can be
    // replaced (a test run, a restore) under the same build without serving stale pages from disk.
    isrFlushToDisk: false,
    // The article editor posts its lead image (up to 8 MB, db/images.ts) and a 200 KB body through
    // a server action; the default 1 MB would refuse them before our own checks could explain why.
    // A bigger post is refused by proxy.ts with a 413 and the editor's message, not Next's 500.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    // forbidden() from next/navigation: requireActor(role) answers 403 with app/newsroom/forbidden.tsx.
    authInterrupts: true,
  },
  poweredByHeader: false,
  // CSP, frame, referrer and permission headers on every response (README "Security").
  async headers() {
    return [
      ...securityHeaderRules(),
      // A reader page's island is linked with its content's version (lib/island-version.mjs): that
      // address, and only that one, may be kept for a year by browsers and nginx.
      ...islandVersions(fileURLToPath(new URL('./public/islands/', import.meta.url))).map(
        ({ name, version }) => ({
          source: `/islands/${name}`,
          has: [{ type: 'query', key: 'v', value: version }],
          headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
        }),
      ),
    ];
  },
  // Every public page lives under app/(site)/[edition] (README "Editions"): another edition's URLs
  // carry its tag, and the default edition's keep their unprefixed form through these rewrites to the
  // `default` segment (DEFAULT_SEGMENT in app/(site)/editions.ts), which is never an address itself.
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/', destination: '/default' },
        ...['articles', 'sections', 'authors', 'tags'].map((list) => ({
          source: `/${list}/:path*`,
          destination: `/default/${list}/:path*`,
        })),
        { source: '/search', destination: '/default/search' },
      ],
    };
  },
  async redirects() {
    return [{ source: '/default/:path*', destination: '/:path*', permanent: true }];
  },
  // Lets parallel builds (tests, benchmarks, several developers) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

// Interface strings (README "Languages"): every page passes its locale to getTranslations, so the
// request configuration never reads the request and cached pages stay cached.
// The message files are compiled at build time, so the browser gets the small formatter for
// compiled messages rather than an ICU parser (README "Languages": what it adds to a page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    messages: {
      path: './lib/i18n/messages',
      format: 'json',
      locales: 'infer',
      sourceLocale: 'en',
      precompile: true,
    },
  },
});

export default withNextIntl(nextConfig);

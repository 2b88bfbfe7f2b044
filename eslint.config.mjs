import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Imports point one way: app/ → components/, db/, lib/; components/ → lib/ and db/'s types; db/ and
// lib/ → never app/ or components/. The core rule's allowTypeImports (ESLint 9.39) lets `import type`
// through where it is allowed; typescript-eslint's copy of the rule is deprecated in its favour.

const UI_IMPORT = 'db/ and lib/ never import app/ or components/: pass what they need in as arguments.';
const upward = [
  { regex: '^@/(app|components)(/|$)', message: UI_IMPORT },
  { regex: '^(\\.\\.?/)+(app|components)(/|$)', message: UI_IMPORT },
];

const SERVER_ONLY =
  'components/ may run in the browser: import lib/ for helpers and `import type { … } from "@/db/types"` for data shapes; the page passes the data in as props.';

const componentImports = {
  paths: [
    { name: '@/db/types', allowTypeImports: true, message: 'Only `import type` from @/db/types.' },
    ...builtinModules.map((name) => ({ name, message: SERVER_ONLY })),
  ],
  patterns: [
    { regex: '^@/db(/(?!types$).*)?$', message: SERVER_ONLY },
    { regex: '^(\\.\\.?/)+db(/|$)', message: SERVER_ONLY },
    {
      regex: '^@/app(/|$)',
      message: 'components/ never import app/: take server actions and data as props.',
    },
    {
      regex: '^(\\.\\.?/)+app(/|$)',
      message: 'components/ never import app/: take server actions and data as props.',
    },
    { regex: '^(node:|server-only$|better-sqlite3(/|$)|drizzle-orm(/|$))', message: SERVER_ONLY },
  ],
};

// Readers' pages link with plain <a>: next/link makes every link a client component to hydrate and
// prefetches each one in view (a server render per section link), README "Speed".
const PLAIN_LINKS = {
  name: 'next/link',
  message: 'Public pages use plain <a>: next/link hydrates and prefetches every link (README "Speed").',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', componentImports] },
  },
  {
    files: ['components/{article,article-card,author,pagination,site}/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...componentImports, paths: [...componentImports.paths, PLAIN_LINKS] },
      ],
    },
  },
  {
    files: ['app/(site)/**', 'app/error.tsx', 'app/not-found.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [PLAIN_LINKS] }],
      // That rule asks for next/link on links to the app's own pages: the opposite of PLAIN_LINKS.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    files: ['db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: upward }] },
  },
  {
    // lib/ is what client components may import, so it must not reach the database either.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...upward,
            {
              regex: '^(@/|(\\.\\.?/)+)db(/|$)',
              allowTypeImports: true,
              message: 'lib/ holds pure helpers that components import: no database (types are fine).',
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'db/migrations/**',
  ]),
]);

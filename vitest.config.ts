import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // Tests are server code: they get server-only's empty module, as Next's server bundles do.
      'server-only': path.resolve(__dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Each test file gets its own process and so its own freshly migrated SQLite file.
    pool: 'forks',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
  },
});

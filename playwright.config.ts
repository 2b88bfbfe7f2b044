import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Chosen once in the main process; workers inherit the environment, so they agree on it.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
])
  .toString()
  .trim();
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'));

const port = process.env.E2E_PORT;
// Auth.js builds redirects from localhost, so the tests use it rather than 127.0.0.1.
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs',
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: port,
      DATA_DIR: process.env.E2E_DATA_DIR,
      NEWSROOM_TIMEZONE: 'UTC',
      // Rate limits are exercised by their own tests; the browser suite votes from one address.
      NEWSROOM_E2E: '1',
      // Every spec votes and views from 127.0.0.1 with fresh cookies, and the moderation spec's
      // script votes 30 times from one address: the limits are raised here and tested in tests/unit.
      NEWSROOM_VOTE_LIMIT_PER_ADDRESS: '1000000/1m',
      NEWSROOM_VOTE_LIMIT_PER_NETWORK: '1000000/1m',
      NEWSROOM_VOTE_LIMIT_PER_READER: '1000000/1m',
      NEWSROOM_VIEW_LIMIT_PER_ADDRESS: '1000000/1m',
      NEWSROOM_VIEW_LIMIT_PER_READER: '1000000/1m',
      // As behind one reverse proxy: a browser's own request gets its socket address appended by
      // Next, while the moderation specs send X-Forwarded-For to stand for readers on other addresses.
      TRUSTED_PROXY_HOPS: '1',
    },
  },
});

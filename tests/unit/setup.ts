// Points the data layer at a fresh temporary SQLite file that the real migrations build.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { closeDb } from '@/db';

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-unit-'));
process.env.DATA_DIR = dir;
process.env.DATABASE_PATH = path.join(dir, 'newsroom.db');
process.env.NEWSROOM_SECRET = 'unit-test-secret';
process.env.NEWSROOM_TIMEZONE = 'UTC';

afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

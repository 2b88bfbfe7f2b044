// The checks behind GET /healthz, against this file's real migrated database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { checkDatabase, checkDisk, checkHealth } from '@/db/health';
import { GET } from '@/app/healthz/route';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { config, proxy } from '@/proxy';

describe('the health check', () => {
  it('is healthy on a migrated database with a writable data folder', () => {
    expect(checkHealth()).toEqual({ ok: true, database: 'migrated', disk: 'writable' });
  });

  it('answers 200 with the version, never cached', async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      ok: true,
      database: 'migrated',
      disk: 'writable',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it('says "not migrated" when the database lacks this build\'s latest migration', () => {
    const db = getDb();
    const latest = db.get<{ hash: string; createdAt: number }>(
      sql`SELECT hash, created_at AS createdAt FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1`,
    )!;
    db.run(sql`DELETE FROM __drizzle_migrations WHERE created_at = ${latest.createdAt}`);
    try {
      expect(checkDatabase()).toBe('not migrated');
      expect(checkHealth().ok).toBe(false);
    } finally {
      db.run(
        sql`INSERT INTO __drizzle_migrations (hash, created_at) VALUES (${latest.hash}, ${latest.createdAt})`,
      );
    }
    expect(checkDatabase()).toBe('migrated');
  });

  it('says "not writable" when the data folder cannot take a file', () => {
    // Root may write anywhere, so the folder is made impossible instead: a path under a plain file.
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsroom-health-')), 'not-a-folder');
    writeFileSync(file, '');
    expect(checkDisk(path.join(file, 'data'), Date.now())).toBe('not writable');
  });

  it('reuses a recent disk answer, so a probe every second writes a file only every few seconds', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-health-'));
    const now = Date.now();
    expect(checkDisk(dir, now)).toBe('writable');
    rmSync(dir, { recursive: true });
    expect(checkDisk(dir, now + 1_000)).toBe('writable');
    expect(checkDisk(dir, now + 10_000)).toBe('not writable');
  });

  it('is not behind the newsroom sign-in: the proxy leaves it alone or lets it through', async () => {
    // Written for a proxy that may one day match every path (e.g. to add headers).
    if (unstable_doesMiddlewareMatch({ config, url: '/healthz' })) {
      const response = await proxy(new NextRequest('http://localhost:3000/healthz'));
      expect(response.headers.get('location')).toBeNull();
      expect(response.status).toBeLessThan(300);
    }
    expect(unstable_doesMiddlewareMatch({ config, url: '/newsroom' })).toBe(true);
  });
});

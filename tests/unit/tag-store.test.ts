// The shared expired-tag stores (lib/cache/tag-store.mjs, lib/cache/redis-tag-store.mjs): what one process or a
// CLI tool writes, every other process reads on its next look, merged the way Next merges tag times.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expiryTimes, sqliteTagStore, type TagStore } from '@/lib/cache/tag-store.mjs';
import { redisTagStore } from '@/lib/cache/redis-tag-store.mjs';

test('expiring without a profile expires now; a profile marks stale now and expires later', () => {
  expect(expiryTimes(undefined, 1000)).toEqual({ stale: null, expired: 1000 });
  expect(expiryTimes({ expire: 60 }, 1000)).toEqual({ stale: 1000, expired: 61_000 });
  expect(expiryTimes({}, 1000)).toEqual({ stale: 1000, expired: null });
});

function behavesAsSharedStore(name: string, open: () => Promise<[TagStore, TagStore]>) {
  describe(name, () => {
    let writer: TagStore;
    let reader: TagStore;
    beforeAll(async () => {
      [writer, reader] = await open();
    });
    afterAll(async () => {
      await writer?.close();
      await reader?.close();
    });

    test('another connection reads what was expired since its last look, and nothing more', async () => {
      const start = await reader.since(0);
      await writer.write(['article:1', 'lists'], null, 5000);
      const first = await reader.since(start.seq);
      expect(first.rows).toEqual(
        expect.arrayContaining([
          { tag: 'article:1', stale: null, expired: 5000 },
          { tag: 'lists', stale: null, expired: 5000 },
        ]),
      );
      expect(first.rows).toHaveLength(2);
      expect(first.seq).toBeGreaterThan(start.seq);
      expect(await reader.since(first.seq)).toEqual({ seq: first.seq, rows: [] });
    });

    test('a later mark keeps the other time of the same tag', async () => {
      const { seq } = await reader.since(0);
      await writer.write(['front'], 7000, null);
      await writer.write(['front'], null, 9000);
      const { rows } = await reader.since(seq);
      expect(rows).toEqual([{ tag: 'front', stale: 7000, expired: 9000 }]);
    });
  });
}

behavesAsSharedStore('the embedded SQLite store', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsroom-tags-')), 'cache-tags.db');
  return [sqliteTagStore(file), sqliteTagStore(file)];
});

let redis: ChildProcess | undefined;
afterAll(() => void redis?.kill());

behavesAsSharedStore('the Redis store', async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = `redis://127.0.0.1:${port}`;
  return [redisTagStore(url), redisTagStore(url)];
});

// GET /healthz on the production server, as a load balancer calls it: no cookies, no session.
import { expect, test } from '@playwright/test';

test('the health check answers 200 with small uncached JSON, without signing in', async ({ request }) => {
  const response = await request.get('/healthz', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  expect(await response.json()).toEqual({
    ok: true,
    database: 'migrated',
    disk: 'writable',
    version: expect.stringMatching(/^\d+\.\d+\.\d+/),
  });
});

test('the health check is fresh on every request and refuses other methods', async ({ request }) => {
  const first = await request.get('/healthz');
  const second = await request.get('/healthz');
  expect(first.headers()['x-nextjs-cache']).toBeUndefined();
  expect(second.headers()['x-nextjs-cache']).toBeUndefined();
  expect((await request.post('/healthz')).status()).toBe(405);
});

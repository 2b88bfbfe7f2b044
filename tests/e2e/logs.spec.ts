// README "Logs": the real server process writes one JSON line per request and per sign-in on stdout,
// tied together by a request id, with no password, email, cookie, query or client address in them.
import { expect, test } from '@playwright/test';
import { createEditor, removeDir, spawnWatched, tempDir } from './production-fixtures';
import { signIn } from './staff';

test.describe.configure({ timeout: 180_000 });

type Line = Record<string, unknown>;

function jsonLines(output: string): Line[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Line);
}

test('requests and sign-ins are logged as JSON lines with a request id and no secrets', async ({
  browser,
}) => {
  const dataDir = tempDir('logs');
  const server = await spawnWatched('scripts/serve.mjs', dataDir, { NEWSROOM_E2E: '1' });
  try {
    const editor = createEditor(dataDir);
    const response = await fetch(`${server.url}/search?q=QUERYSECRET`, {
      headers: { cookie: 'authjs.session-token=COOKIESECRET', 'x-request-id': 'forged-by-client' },
    });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, editor);
    await context.close();
    await new Promise((r) => setTimeout(r, 300));

    const lines = jsonLines(server.output());
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.filter((l) => l.reqId === id)).toEqual([
      expect.objectContaining({ method: 'GET', path: '/search', status: response.status }),
    ]);
    for (const line of requests)
      expect(line).toMatchObject({ reqId: expect.any(String), ms: expect.any(Number) });
    expect(new Set(requests.map((l) => l.reqId)).size).toBe(requests.length);
    const signIns = lines.filter((l) => l.msg === 'sign-in');
    expect(signIns).toEqual([expect.objectContaining({ outcome: 'success', userId: expect.any(Number) })]);
    // The sign-in line carries the id of the request that signed in.
    expect(requests.map((l) => l.reqId)).toContain(signIns[0].reqId);

    const text = server.output();
    for (const secret of [editor.password, editor.email, 'COOKIESECRET', 'QUERYSECRET', 'forged-by-client'])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/127\.0\.0\.1|"::1"|::ffff:/);
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    removeDir(dataDir);
  }
});

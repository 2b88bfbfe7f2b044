import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { notedInput } from '@/app/newsroom/action-log';
import { createLogger } from '@/lib/logger.mjs';
import { logRequests, pathOf } from '@/scripts/request-log.mjs';

/** A logger whose lines land in an array, parsed. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      done();
    },
  });
  return { log: createLogger(sink), lines, raw };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the logger', () => {
  it('writes one JSON object a line with a level name, a time and the process id', () => {
    const { log, lines } = capture();
    log.info({ event: 'sign-in', reqId: 'abc' }, 'sign-in');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', pid: process.pid, event: 'sign-in', reqId: 'abc' });
    expect(lines[0].msg).toBe('sign-in');
    expect(Number.isNaN(Date.parse(String(lines[0].time)))).toBe(false);
  });

  it('redacts passwords, cookies, authorisation and raw addresses wherever they are', () => {
    const { log, raw } = capture();
    log.info({
      password: 'hunter2-secret',
      form: { newPassword: 'correct horse' },
      headers: {
        cookie: 'authjs.session-token=SESSIONVALUE',
        authorization: 'Bearer TOKENVALUE',
        'set-cookie': 'a=SETCOOKIEVALUE',
        'x-forwarded-for': '203.0.113.9',
        'x-newsroom-peer': '198.51.100.7',
      },
      ip: '192.0.2.1',
    });
    const text = raw.join('\n');
    for (const secret of ['hunter2', 'correct horse', 'SESSIONVALUE', 'TOKENVALUE', 'SETCOOKIEVALUE'])
      expect(text).not.toContain(secret);
    for (const address of ['203.0.113.9', '198.51.100.7', '192.0.2.1']) expect(text).not.toContain(address);
    expect(text).toContain('[redacted]');
  });
});

describe('request lines', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(trustProxy: boolean, handler: http.RequestListener) {
    const { log, lines, raw } = capture();
    const seen: (string | undefined)[] = [];
    server = http.createServer(
      logRequests(
        log,
        (req: http.IncomingMessage, res: http.ServerResponse) => {
          seen.push(req.headers['x-request-id'] as string | undefined);
          return handler(req, res);
        },
        trustProxy,
      ),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    return { base, lines, raw, seen };
  }

  it('logs one line per request with an id passed to the handler and the client, and no secrets', async () => {
    const { base, lines, raw, seen } = await serve(false, (_req, res) => {
      res.setHeader('Set-Cookie', 'session=SETCOOKIEVALUE');
      res.end('ok');
    });
    const response = await fetch(`${base}/search?q=private+words&token=QUERYSECRET`, {
      headers: { cookie: 'authjs.session-token=SESSIONVALUE', 'x-request-id': 'forged-id' },
    });
    await response.text();
    await fetch(`${base}/other`).then((r) => r.text());
    await settle();
    expect(lines).toHaveLength(2);
    const [first] = lines;
    expect(first).toMatchObject({ msg: 'request', method: 'GET', path: '/search', status: 200 });
    expect(typeof first.ms).toBe('number');
    // Without a trusted proxy the client's id is replaced, and the handler sees the new one.
    expect(first.reqId).not.toBe('forged-id');
    expect(response.headers.get('x-request-id')).toBe(first.reqId);
    expect(seen[0]).toBe(first.reqId);
    expect(lines[1].reqId).not.toBe(first.reqId);
    const text = raw.join('\n');
    for (const secret of ['SESSIONVALUE', 'SETCOOKIEVALUE', 'QUERYSECRET', 'private', '127.0.0.1'])
      expect(text).not.toContain(secret);
  });

  it("keeps a trusted proxy's well-formed id and logs a failing handler as a 500", async () => {
    const { base, lines } = await serve(true, () => {
      throw new Error('boom');
    });
    const response = await fetch(`${base}/x`, { headers: { 'x-request-id': 'nginx-1234' } });
    expect(response.status).toBe(500);
    await settle();
    const failure = lines.find((l) => l.msg === 'request failed');
    expect(failure).toMatchObject({ level: 'error', reqId: 'nginx-1234' });
    expect(lines.filter((l) => l.msg === 'request')).toEqual([
      expect.objectContaining({ reqId: 'nginx-1234', status: 500, level: 'error' }),
    ]);
  });
});

describe('helpers', () => {
  it('drops the query and fragment from a path', () => {
    expect(pathOf('/a/b?c=d#e')).toBe('/a/b');
    expect(pathOf('/a#x')).toBe('/a');
  });

  it("notes an action's ids and intent but not its text", () => {
    expect(notedInput({ id: 4, intent: 'publish', body: '<p>secret draft</p>', password: 'x' })).toEqual({
      id: 4,
      intent: 'publish',
    });
  });
});

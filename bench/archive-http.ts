// The HTTP half of `npm run bench:archive`: one production server (`next build` output, `next start`)
// per pass over an archive's data folder, staff signed in through Auth.js's own endpoints, and the
// first request of every page type timed from sending it to the last byte of the body.
import { performance } from 'node:perf_hooks';
import { ADMIN_EMAIL, JOURNALIST_EMAIL, STAFF_PASSWORD, type Archive } from './archive-data';
import { PAGE_TYPES, type Context, type PageType } from './archive-pages';
import { freePort, startNext, waitFor } from './next-server';

export type Cookies = { admin: string; journalist: string };

/** The `name=value` pairs of a response's cookies, as a Cookie header. */
function cookieHeader(response: Response, previous = ''): string {
  const pairs = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  return [previous, ...pairs].filter(Boolean).join('; ');
}

async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookieHeader(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email, password: STAFF_PASSWORD, callbackUrl: '/newsroom' }),
  });
  await response.arrayBuffer();
  const cookies = cookieHeader(response, jar);
  if (!/session-token=/.test(cookies)) throw new Error(`signing in as ${email} failed (${response.status})`);
  return cookies;
}

async function get(base: string, url: string, cookie?: string): Promise<number> {
  const response = await fetch(base + url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

async function timeFirstRequest(base: string, page: PageType, c: Context, cookies: Cookies) {
  const cookie = page.as ? cookies[page.as] : undefined;
  const url = page.url(c);
  await get(base, page.warm?.(c) ?? url, cookie);
  const started = performance.now();
  const status = await get(base, url, cookie);
  const ms = performance.now() - started;
  if (status !== 200) throw new Error(`${page.name}: ${url} answered ${status}`);
  return ms;
}

/**
 * Signs the two staff accounts in on a server of their own. The sessions live in the archive's
 * database and its secret in its data folder, so every later server over that folder accepts them,
 * and no timed server does argon2 work: after two sign-ins, the next long index walk in that process
 * was measured at three times its usual time at both sizes (cause not found; views do not do it).
 */
export async function signInStaff(archive: Archive): Promise<Cookies> {
  const server = startNext(archive.dir, await freePort());
  try {
    await waitFor(`${server.base}/healthz`, server.child);
    return {
      admin: await signIn(server.base, ADMIN_EMAIL),
      journalist: await signIn(server.base, JOURNALIST_EMAIL),
    };
  } finally {
    await server.stop();
  }
}

/** One pass over one archive: a fresh server (nothing cached), each page type's first request. */
export async function httpPass(archive: Archive, c: Context, cookies: Cookies): Promise<Map<string, number>> {
  const server = startNext(archive.dir, await freePort());
  try {
    await waitFor(`${server.base}/healthz`, server.child);
    const times = new Map<string, number>();
    for (const page of PAGE_TYPES)
      times.set(page.name, await timeFirstRequest(server.base, page, c, cookies));
    return times;
  } finally {
    await server.stop();
  }
}

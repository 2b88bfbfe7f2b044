// Production as README "Production: every core and a front cache" describes it: several server
// processes on one database share one set of expired cache tags (the embedded SQLite store, then
// Redis), and nginx with the shipped deploy/ configuration caches public pages for at most 5 seconds.
// Each part runs servers of its own on fresh data folders, from the build the suite already made.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test, type Browser } from '@playwright/test';
import Database from 'better-sqlite3';
import { BROWSER_UA } from './moderation-fixtures';
import {
  createEditor,
  headline,
  insertStory,
  removeDir,
  startNginx,
  startRedis,
  startServer,
  tempDir,
  type Editor,
  type Proc,
} from './production-fixtures';
import { signIn } from './staff';

// Servers of their own: they start one after another, and the specs here use them in order.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** Signs in on server A and edits, then unpublishes, the story through the real editor. */
async function editorOn(browser: Browser, a: Proc, editor: Editor, storyId: number) {
  const page = await (await browser.newContext({ baseURL: a.url })).newPage();
  await signIn(page, editor);
  const open = async () => {
    await page.goto(`/newsroom/articles/${storyId}`);
    await expect(page.getByRole('button', { name: 'Bold' })).toBeEnabled();
  };
  return {
    async retitle(title: string) {
      await open();
      await page.getByLabel('Title').fill(title);
      // Saving a published article changes what readers see (there is no separate re-publish).
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
    },
    async unpublish() {
      await open();
      await page.getByRole('button', { name: 'Unpublish' }).click();
      await expect(page.getByText('Unpublished: readers can no longer see it.')).toBeVisible();
    },
  };
}

for (const store of ['SQLite', 'Redis'] as const) {
  test.describe(`two server processes on one database, expired tags in ${store}`, () => {
    let dataDir = '';
    let redis: Proc | undefined;
    let a: Proc;
    let b: Proc;
    let env: Record<string, string> = {};

    test.beforeAll(async () => {
      dataDir = tempDir(`two-${store.toLowerCase()}`);
      if (store === 'Redis') {
        redis = await startRedis();
        env = { REDIS_URL: redis.url };
      }
      // One after the other, as scripts/start.mjs does: the first migrates and seeds the database.
      a = await startServer(dataDir, env);
      b = await startServer(dataDir, env);
    });

    test.afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await redis?.stop();
      removeDir(dataDir);
    });

    test('an edit made through one process shows on the other at once, and an unpublish is a 404 there on the next request', async ({
      browser,
    }) => {
      const editor = createEditor(dataDir, env);
      const story = insertStory(dataDir);
      const onB = `${b.url}/articles/${story.slug}`;
      // Both processes have the page in their cache before anything changes.
      for (const server of [a, b]) await fetch(`${server.url}/articles/${story.slug}`);
      expect(await headline(onB)).toMatchObject({ status: 200, h1: story.title, cache: 'HIT' });

      const newsroom = await editorOn(browser, a, editor, story.id);
      const retitled = `${story.title} (corrected)`;
      await newsroom.retitle(retitled);
      expect(await headline(onB)).toMatchObject({ status: 200, h1: retitled });

      await newsroom.unpublish();
      expect((await headline(onB)).status).toBe(404);
    });

    // The Redis store's CLI path is the same code the unit tests cover: once, with SQLite, is enough here.
    if (store === 'SQLite') {
      test('an import from the command line is on the other processes’ front page at once', async () => {
        const front = async (server: Proc) => (await fetch(`${server.url}/`)).text();
        const title = `Ferry timetable imported ${Date.now()}`;
        for (const server of [a, b]) expect(await front(server)).not.toContain(title);
        const file = `${dataDir}/import.json`;
        const author = createEditor(dataDir, env).email;
        writeFileSync(
          file,
          JSON.stringify({
            title,
            body: '<p>New times.</p>',
            author,
            section: 'Culture',
            publishedAt: new Date(Date.now() - 60_000).toISOString(),
          }),
        );
        // Asynchronously: a blocked event loop would hand fetch a keep-alive socket the server has closed.
        await promisify(execFile)(
          'npx',
          ['tsx', '--conditions=react-server', 'scripts/article.ts', 'import', file],
          {
            env: { ...process.env, ...env, DATA_DIR: dataDir },
          },
        );
        for (const server of [a, b]) expect(await front(server)).toContain(title);
      });

      test.describe('behind nginx with deploy/nginx-newsroom.conf', () => {
        let nginx: Proc;
        test.beforeAll(async () => {
          nginx = await startNginx(a.url);
        });
        test.afterAll(async () => nginx?.stop());

        test('a second request for an article is served by nginx’s cache; the newsroom and responses that set a cookie never are', async () => {
          const story = insertStory(dataDir);
          const status = async (path: string, init?: RequestInit) =>
            (await fetch(`${nginx.url}${path}`, { redirect: 'manual', ...init })).headers.get(
              'x-cache-status',
            );
          // X-Cache-Status is added by the shipped configuration from $upstream_cache_status.
          expect(await status(`/articles/${story.slug}`)).toBe('MISS');
          expect(await status(`/articles/${story.slug}`)).toBe('HIT');
          // Compressed by nginx, from the app's plain body.
          const zipped = await fetch(`${nginx.url}/articles/${story.slug}`, {
            headers: { 'Accept-Encoding': 'gzip' },
          });
          expect(zipped.headers.get('content-encoding')).toBe('gzip');
          // The article's island is linked under its content hash, and nginx keeps it as the app says.
          const page = await (await fetch(`${nginx.url}/articles/${story.slug}`)).text();
          const island = /src="(\/islands\/article\.js\?v=[\w-]+)"/.exec(page)?.[1];
          expect(island).toBeDefined();
          expect(await status(island!)).toBe('MISS');
          expect(await status(island!)).toBe('HIT');
          for (const path of ['/newsroom', '/login', '/api/auth/csrf']) {
            expect(await status(path)).toBeNull();
            expect(await status(path)).toBeNull();
          }
          // The CSRF endpoint sets a cookie; even where caching is allowed such a response is not stored.
          const csrf = await fetch(`${nginx.url}/api/auth/csrf`);
          expect(csrf.headers.get('set-cookie')).toBeTruthy();
          // A signed-in editor's public pages come from the app, never from nginx's copy.
          const staffCookie = { headers: { Cookie: 'authjs.session-token=x' } };
          expect(await status(`/articles/${story.slug}`, staffCookie)).toBe('BYPASS');
        });

        test('live views and votes through nginx always reach the app, and every one is counted', async () => {
          const story = insertStory(dataDir);
          const send = async (endpoint: 'live' | 'vote', body?: string) => {
            const response = await fetch(`${nginx.url}/api/articles/${story.id}/${endpoint}`, {
              method: 'POST',
              headers: {
                'User-Agent': BROWSER_UA,
                Accept: 'application/json',
                ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
              },
              body,
            });
            await response.arrayBuffer();
            return { status: response.status, cache: response.headers.get('x-cache-status') };
          };
          // Distinct readers (no cookie), all from nginx's one address: within the default per-address
          // limits (README "Rate limits"), which this server keeps.
          const answers = await Promise.all([
            ...Array.from({ length: 200 }, () => send('live')),
            ...Array.from({ length: 15 }, (_, i) => send('vote', `stars=${(i % 5) + 1}`)),
          ]);
          expect(answers.filter((a) => a.status === 200)).toHaveLength(215);
          // Never stored nor served by nginx: no cache status at all on the endpoints.
          expect(answers.filter((a) => a.cache !== null)).toEqual([]);
          const db = new Database(`${dataDir}/newsroom.db`, { readonly: true });
          try {
            expect(
              db.prepare('SELECT views, rating_count, rating_sum FROM articles WHERE id = ?').get(story.id),
            ).toEqual({
              views: 200,
              rating_count: 15,
              rating_sum: 45,
            });
          } finally {
            db.close();
          }
        });

        test('an unpublished article is a 404 through nginx within the stated 5 seconds', async ({
          browser,
        }) => {
          const editor = createEditor(dataDir);
          const story = insertStory(dataDir);
          const viaNginx = `${nginx.url}/articles/${story.slug}`;
          await fetch(viaNginx);
          expect((await fetch(viaNginx)).headers.get('x-cache-status')).toBe('HIT');
          await (await editorOn(browser, a, editor, story.id)).unpublish();
          // The bound (README, deploy/nginx-newsroom.conf) is 5 s from the unpublish; polled, with a
          // second of slack for the requests themselves on a busy machine.
          const deadline = Date.now() + 6_000;
          let last = 200;
          while (Date.now() < deadline && (last = (await fetch(viaNginx)).status) !== 404)
            await new Promise((r) => setTimeout(r, 200));
          expect(last).toBe(404);
        });
      });
    }
  });
}

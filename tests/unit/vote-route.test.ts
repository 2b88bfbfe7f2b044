// The vote endpoint called as Next calls it, on the real test database: what a reader without
// JavaScript is sent for each refusal, and what a JSON client is answered.
import { afterEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { POST } from '@/app/api/articles/[id]/vote/route';
import { READER_COOKIE, newReaderCookie } from '@/app/api/articles/reader-cookie';
import { readOutcome } from '@/app/api/articles/rated-outcome';
import { makeArticle, makeAuthor } from './article-fixtures';

const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';
const author = makeAuthor();
let address = 0;

type Options = { json?: boolean; ua?: string; peer?: string; headers?: Record<string, string> };

function post(articleId: number, stars: string, options: Options = {}) {
  address += 1;
  const request = new NextRequest(`http://localhost/api/articles/${articleId}/vote`, {
    method: 'POST',
    body: new URLSearchParams({ stars }),
    headers: {
      'user-agent': options.ua ?? BROWSER,
      origin: 'http://localhost',
      host: 'localhost',
      'sec-fetch-site': 'same-origin',
      'x-newsroom-peer': options.peer ?? `10.${address >> 8}.${address & 255}.1`,
      ...(options.json ? { accept: 'application/json' } : {}),
      ...options.headers,
    },
  });
  return POST(request, { params: Promise.resolve({ id: String(articleId) }) });
}

/** The outcome a redirect to the rated page carries, checked to be for that article's page. */
function outcomeAt(response: Response, article: { id: number; slug: string }) {
  const location = new URL(response.headers.get('location')!, 'http://localhost');
  expect(location.pathname).toBe(`/articles/${article.slug}/rated`);
  return readOutcome(location.searchParams.get('outcome') ?? undefined, article.id);
}

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('POST /api/articles/:id/vote', () => {
  it('never names a non-public article: a form vote with bad stars on a draft is a plain 404', async () => {
    for (const overrides of [
      { status: 'draft' as const, slug: 'secret-draft-slug' },
      { status: 'unpublished' as const, slug: 'secret-pulled-slug' },
      { publishedAt: Date.now() + 86_400_000, slug: 'secret-scheduled-slug' },
    ]) {
      const draft = makeArticle(author.id, overrides);
      for (const stars of ['0', '3']) {
        const response = await post(draft.id, stars);
        expect(response.status).toBe(404);
        expect(response.headers.get('location')).toBeNull();
        expect(await response.text()).not.toContain(overrides.slug);
      }
    }
  });

  it('sends a reader without JavaScript to the rated page for every refusal but a cross-site post', async () => {
    const open = makeArticle(author.id);
    const locked = makeArticle(author.id, { ratingLocked: true });

    const bad = await post(open.id, '0');
    expect(bad.status).toBe(303);
    expect(outcomeAt(bad, open)).toEqual({ kind: 'refused', code: 'invalid_stars' });

    const closed = await post(locked.id, '4');
    expect(closed.status).toBe(303);
    expect(outcomeAt(closed, locked)).toEqual({ kind: 'refused', code: 'locked' });

    const crawler = await post(open.id, '4', { ua: 'Googlebot/2.1 (+http://www.google.com/bot.html)' });
    expect(crawler.status).toBe(303);
    expect(outcomeAt(crawler, open)).toEqual({ kind: 'refused', code: 'crawler' });

    const crossSite = await post(open.id, '4', {
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get('location')).toBeNull();

    const good = await post(open.id, '4');
    expect(good.status).toBe(303);
    expect(outcomeAt(good, open)).toEqual({ kind: 'saved', stars: 4, changed: false });
  });

  it('passes the wait of a rate limit along to the rated page, and keeps 429 + Retry-After for JSON', async () => {
    process.env.NEWSROOM_VOTE_LIMIT_PER_NETWORK = '2/10m';
    const article = makeArticle(author.id);
    const peer = '192.0.2.10';
    for (let i = 0; i < 2; i++) expect((await post(article.id, '3', { peer })).status).toBe(303);
    const limited = await post(article.id, '3', { peer });
    expect(limited.status).toBe(303);
    const outcome = outcomeAt(limited, article);
    expect(outcome).toMatchObject({ kind: 'refused', code: 'rate_limited' });
    const retry = outcome?.kind === 'refused' ? (outcome.retry ?? 0) : 0;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(600);

    const json = await post(article.id, '3', { peer, json: true });
    expect(json.status).toBe(429);
    expect(Number(json.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await json.json()).error).toMatch(/^Too many votes from your network\. Try again in/);
  });

  it('tells a reader who votes too fast so, with the wait', async () => {
    process.env.NEWSROOM_VOTE_LIMIT_PER_READER = '1/1m';
    const article = makeArticle(author.id);
    const cookie = `${READER_COOKIE}=${newReaderCookie().value}`;
    expect((await post(article.id, '3', { headers: { cookie } })).status).toBe(303);
    const limited = await post(article.id, '4', { headers: { cookie } });
    expect(outcomeAt(limited, article)).toMatchObject({ kind: 'refused', code: 'too_fast' });
  });

  it('answers JSON clients with the same status codes as before', async () => {
    const open = makeArticle(author.id);
    const locked = makeArticle(author.id, { ratingLocked: true });
    expect((await post(open.id, '0', { json: true })).status).toBe(400);
    expect((await post(locked.id, '4', { json: true })).status).toBe(409);
    expect((await post(open.id, '4', { json: true, ua: 'Googlebot/2.1' })).status).toBe(403);
    expect((await post(999_999, '4', { json: true })).status).toBe(404);
    const ok = await post(open.id, '5', { json: true });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ myVote: 5, ratingCount: 1, replaced: false });
  });

  it("tells a JSON client whether the vote replaced the reader's earlier one, for the widget's own words", async () => {
    const article = makeArticle(author.id);
    const cookie = `${READER_COOKIE}=${newReaderCookie().value}`;
    const first = await post(article.id, '3', { json: true, headers: { cookie } });
    expect(await first.json()).toMatchObject({ myVote: 3, replaced: false, message: 'Thanks for rating!' });
    const second = await post(article.id, '2', { json: true, headers: { cookie } });
    expect(await second.json()).toMatchObject({ myVote: 2, ratingCount: 1, replaced: true });
  });
});

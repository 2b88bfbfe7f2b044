// Issue 12's endpoint findings, each replayed as the attack that worked before: an empty
// User-Agent, a 20 MB body, a spoofed X-Forwarded-Host, and a made-up or tampered rated outcome.
import { afterEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { POST as vote } from '@/app/api/articles/[id]/vote/route';
import { POST as live } from '@/app/api/articles/[id]/live/route';
import { readOutcome, signOutcome } from '@/app/api/articles/rated-outcome';
import { getRatingSummary } from '@/db/readers/votes';
import { makeArticle, makeAuthor } from './article-fixtures';

const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';
const author = makeAuthor();
let address = 0;

function request(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  address += 1;
  return new NextRequest(`http://localhost${path}`, {
    method: 'POST',
    body,
    headers: {
      'user-agent': BROWSER,
      origin: 'http://localhost',
      host: 'localhost',
      accept: 'application/json',
      'x-newsroom-peer': `10.9.${address & 255}.1`,
      ...headers,
    },
  });
}

const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('the vote and live endpoints under attack', () => {
  it('an empty or blank User-Agent is not a browser: its vote is refused and not counted', async () => {
    const article = makeArticle(author.id);
    for (const ua of ['', '   ']) {
      const response = await vote(
        request(`/api/articles/${article.id}/vote`, 'stars=5', { 'user-agent': ua }),
        params(article.id),
      );
      expect(response.status).toBe(403);
    }
    expect(getRatingSummary(article.id)?.ratingCount).toBe(0);
  });

  it('refuses a body over a few KB before reading it (413), with or without a length', async () => {
    const article = makeArticle(author.id);
    const big = 'stars=5&pad=' + 'x'.repeat(20 * 1024 * 1024);
    const length = { 'content-length': String(big.length) };
    const declared = await vote(request(`/api/articles/${article.id}/vote`, big, length), params(article.id));
    expect(declared.status).toBe(413);
    const viewed = await live(request(`/api/articles/${article.id}/live`, big, length), params(article.id));
    expect(viewed.status).toBe(413);
    // A streamed body carries no length: the reader stops at the cap and the vote is not counted.
    const stream = new Blob([big]).stream();
    const streamed = await vote(
      new NextRequest(`http://localhost/api/articles/${article.id}/vote`, {
        method: 'POST',
        body: stream,
        duplex: 'half',
        headers: {
          'user-agent': BROWSER,
          origin: 'http://localhost',
          host: 'localhost',
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
        },
      } as ConstructorParameters<typeof NextRequest>[1]),
      params(article.id),
    );
    expect(streamed.status).toBe(413);
    expect(getRatingSummary(article.id)?.ratingCount).toBe(0);
  });

  it('does not let X-Forwarded-Host vouch for another origin unless a proxy is trusted', async () => {
    const article = makeArticle(author.id);
    const spoofed = { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' };
    delete process.env.TRUSTED_PROXY_HOPS;
    const refused = await vote(
      request(`/api/articles/${article.id}/vote`, 'stars=5', spoofed),
      params(article.id),
    );
    expect(refused.status).toBe(403);
    // Behind a trusted proxy the proxy sets the header, and the public name is accepted.
    process.env.TRUSTED_PROXY_HOPS = '1';
    const proxied = await vote(
      request(`/api/articles/${article.id}/vote`, 'stars=5', {
        origin: 'https://news.example',
        'x-forwarded-host': 'news.example',
        'content-type': 'application/x-www-form-urlencoded',
      }),
      params(article.id),
    );
    expect(proxied.status).toBe(200);
  });
});

describe('the rated page outcome', () => {
  it('accepts only an outcome signed for this article and still fresh', () => {
    const value = signOutcome(7, { kind: 'saved', stars: 4, changed: true });
    expect(readOutcome(value, 7)).toEqual({ kind: 'saved', stars: 4, changed: true });
    expect(readOutcome(value, 8)).toBeNull();
    expect(readOutcome(value, 7, Date.now() + 11 * 60 * 1000)).toBeNull();
    const [payload, mac] = value.split('.');
    const forged = Buffer.from(
      JSON.stringify({ kind: 'saved', stars: 99, changed: false, articleId: 7, expires: Date.now() + 1e6 }),
    ).toString('base64url');
    expect(readOutcome(`${forged}.${mac}`, 7)).toBeNull();
    expect(readOutcome(`${payload}.x${mac.slice(1)}`, 7)).toBeNull();
    for (const junk of ['', 'stars=99', 'a.b.c', '.'.repeat(500)]) expect(readOutcome(junk, 7)).toBeNull();
  });
});

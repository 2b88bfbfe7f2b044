// What the live and vote endpoints need from a request: the article id, the reader (from the signed
// cookie, or a new one), the hashed address, and whether the post came from our own pages.
import { NextResponse, type NextRequest } from 'next/server';
import { clientAddress, hashAddress, hashNetwork } from '@/lib/client-address';
import { hostOf, ownHosts } from '@/lib/own-hosts';
import {
  READER_COOKIE,
  isCrawler,
  newReaderCookie,
  readReaderId,
  readerCookieOptions,
  userAgentFamily,
} from './reader-cookie';

/** A positive integer id from the URL, or null. */
export function parseArticleId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

export function jsonError(status: number, error: string, init?: ResponseInit): NextResponse {
  return NextResponse.json(
    { error },
    { ...init, status, headers: { 'Cache-Control': 'no-store', ...init?.headers } },
  );
}

export type Reader = {
  /** Null for a crawler without a cookie: it gets no id, so it is never counted. */
  id: string | null;
  /** Set when a new cookie must go out with the response. */
  newCookie: string | null;
  crawler: boolean;
  address: string;
  addressHash: string;
  networkHash: string;
  userAgentFamily: string;
};

export function readerFrom(request: NextRequest): Reader {
  const ua = request.headers.get('user-agent');
  const crawler = isCrawler(ua);
  let id = readReaderId(request.cookies.get(READER_COOKIE)?.value);
  let newCookie: string | null = null;
  if (!id && !crawler) ({ id, value: newCookie } = newReaderCookie());
  const address = clientAddress(request.headers);
  return {
    id,
    newCookie,
    crawler,
    address,
    addressHash: hashAddress(address),
    networkHash: hashNetwork(address),
    userAgentFamily: userAgentFamily(ua),
  };
}

/** Sets the reader cookie when the reader is new. Only these endpoints ever set it, never a page. */
export function withReaderCookie(response: NextResponse, request: NextRequest, reader: Reader): NextResponse {
  if (reader.newCookie) {
    const secure =
      request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
    response.cookies.set(READER_COOKIE, reader.newCookie, readerCookieOptions(secure));
  }
  return response;
}

/**
 * Refuses posts from other sites. Browsers send Origin on every POST (and Sec-Fetch-Site in all
 * current ones); a request with neither is not a browser's cross-site form, so it is let through.
 */
export function isSameOriginPost(request: NextRequest): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = hostOf(origin); // null for "null" (sandboxed frames, privacy redirects) or garbage
  return host !== null && ownHosts(request.headers).includes(host);
}

/** The vote form carries one small field: a few KB is generous, and nothing more is read. */
export const MAX_BODY_BYTES = 4096;
export const TOO_LARGE = 'The request body is too large.';

/** Whether the request says its body is over the cap (checked before anything is read). */
export function declaresLargeBody(request: Pick<NextRequest, 'headers'>): boolean {
  const length = Number(request.headers.get('content-length') ?? 0);
  return !Number.isFinite(length) || length > MAX_BODY_BYTES;
}

/**
 * The body as text, reading no more than MAX_BODY_BYTES even when the client sent no length or a
 * false one; null when it is longer.
 */
export async function readCappedBody(request: Pick<Request, 'body'>): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

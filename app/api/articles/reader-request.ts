// What the live and vote endpoints need from a request: the article id, the reader (from the signed
// cookie, or a new one), the hashed address, and whether the post came from our own pages.
import { NextResponse, type NextRequest } from 'next/server';
import { clientAddress, hashAddress, hashNetwork } from '@/lib/client-address';
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
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed frames, privacy redirects) or garbage
  }
  const hosts = [request.headers.get('host'), request.headers.get('x-forwarded-host')].filter(Boolean);
  return hosts.includes(host);
}

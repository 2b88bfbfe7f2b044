// What the live and vote endpoints need from a request: the article id, the reader (from the signed
// cookie, or a new one), the hashed address, and whether the post came from our own pages. Only
// headers are read, so the same checks serve Next's route handlers and the live endpoint that
// scripts/serve.mjs answers on node:http (./live-node.ts).
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

export type HeaderSource = { get(name: string): string | null };

/** A positive integer id from the URL, or null. */
export function parseArticleId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
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

/** A cookie's value from the Cookie header (the first of that name, as browsers send the most specific first). */
export function cookieValue(headers: HeaderSource, name: string): string | undefined {
  for (const pair of (headers.get('cookie') ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

export function readerFrom(request: { headers: HeaderSource }): Reader {
  const ua = request.headers.get('user-agent');
  const crawler = isCrawler(ua);
  let id = readReaderId(cookieValue(request.headers, READER_COOKIE));
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

/** Whether the request reached us over HTTPS, directly or as the proxy in front says. */
export function cameOverHttps(headers: HeaderSource, socketEncrypted: boolean): boolean {
  return socketEncrypted || headers.get('x-forwarded-proto') === 'https';
}

/** The Set-Cookie header for a new reader, with the attributes of readerCookieOptions. */
export function readerSetCookie(value: string, secure: boolean): string {
  const { maxAge, path } = readerCookieOptions(secure);
  const expires = new Date(Date.now() + maxAge * 1000).toUTCString();
  const parts = [`${READER_COOKIE}=${value}`, `Path=${path}`, `Expires=${expires}`, `Max-Age=${maxAge}`];
  if (secure) parts.push('Secure');
  parts.push('HttpOnly', 'SameSite=Lax');
  return parts.join('; ');
}

/**
 * Refuses posts from other sites. Browsers send Origin on every POST (and Sec-Fetch-Site in all
 * current ones); a request with neither is not a browser's cross-site form, so it is let through.
 */
export function isSameOriginPost(request: { headers: HeaderSource }): boolean {
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
export function declaresLargeBody(request: { headers: HeaderSource }): boolean {
  const length = Number(request.headers.get('content-length') ?? 0);
  return !Number.isFinite(length) || length > MAX_BODY_BYTES;
}

// The Next.js side of the reader endpoints: JSON errors, the reader cookie on a NextResponse, and a
// capped body read. The header-only checks live in ./reader-checks.ts and are re-exported here.
import { NextResponse, type NextRequest } from 'next/server';
import { READER_COOKIE, readerCookieOptions } from './reader-cookie';
import { cameOverHttps, MAX_BODY_BYTES, type Reader } from './reader-checks';

export {
  declaresLargeBody,
  isSameOriginPost,
  MAX_BODY_BYTES,
  parseArticleId,
  readerFrom,
  TOO_LARGE,
  type Reader,
} from './reader-checks';

export function jsonError(status: number, error: string, init?: ResponseInit): NextResponse {
  return NextResponse.json(
    { error },
    { ...init, status, headers: { 'Cache-Control': 'no-store', ...init?.headers } },
  );
}

/** Sets the reader cookie when the reader is new. Only these endpoints ever set it, never a page. */
export function withReaderCookie(response: NextResponse, request: NextRequest, reader: Reader): NextResponse {
  if (reader.newCookie) {
    const secure = cameOverHttps(request.headers, request.nextUrl.protocol === 'https:');
    response.cookies.set(READER_COOKIE, reader.newCookie, readerCookieOptions(secure));
  }
  return response;
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

// The live endpoint on node:http, for scripts/serve.mjs: a view beacon needs none of Next's routing,
// rendering or caching, and going through them cost most of its time (README "Speed"). Registered by
// instrumentation.ts, so it is compiled with the app and reaches the database only through db/ like
// any route handler; the answer is ./live-answer.ts's, the headers those next.config.mjs would add.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { CACHED_PAGE_POLICY, COMMON_HEADERS, HSTS } from '@/lib/security-headers.mjs';
import { cameOverHttps, type HeaderSource } from './reader-checks';
import { answerLive } from './live-answer';

/** The key under which instrumentation.ts leaves the handler for scripts/serve.mjs. */
export const LIVE_ENDPOINT_KEY = Symbol.for('newsroom.liveEndpoint');

function headersOf(req: IncomingMessage): HeaderSource {
  return {
    get(name) {
      const value = req.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/** Answers POST /api/articles/<rawId>/live on `res`. */
export async function answerLiveOnNode(
  req: IncomingMessage,
  res: ServerResponse,
  rawId: string,
): Promise<void> {
  const headers = headersOf(req);
  const https = cameOverHttps(headers, Boolean((req.socket as TLSSocket).encrypted));
  const answer = await answerLive(rawId, { headers, https });
  for (const { key, value } of COMMON_HEADERS) res.setHeader(key, value);
  if (headers.get('x-forwarded-proto') === 'https') res.setHeader(HSTS.key, HSTS.value);
  res.setHeader('Content-Security-Policy', CACHED_PAGE_POLICY);
  const body = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    ...answer.headers,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

// One server process: Next's own request handler (the same one `next start` uses) on a node:http
// server, so that scripts/start.mjs can run one of these per core under Node's cluster module, all
// listening on one port. SIGTERM (or SIGINT) drains it: no new connections, in-flight requests
// finish, then the database is closed and the process exits.
import { createRequire } from 'node:module';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../lib/logger.mjs';
import { logRequests } from './request-log.mjs';
import { bufferHtml } from './buffered-html.mjs';
import { htmlFinishing } from './finish-html.mjs';

const require = createRequire(import.meta.url);
// Before any server exists: the socket address for route handlers (see the file).
require('./peer-address.cjs');
// `next start` sets this; the programmatic server expects the caller to.
process.env.NODE_ENV = 'production';

const DRAIN_LIMIT_MS = 10_000;
const LIVE_PATH = /^\/api\/articles\/(\d{1,20})\/live(?:\?|$)/;
const LIVE_ENDPOINT_KEY = Symbol.for('newsroom.liveEndpoint');

/**
 * The view beacon (POST /api/articles/:id/live) is answered here by the handler instrumentation.ts
 * registered (app/api/articles/live-node.ts), without Next's routing: it renders nothing and is the
 * one request every page view makes (README "Speed"). Anything else, and any beacon before the
 * handler is registered, goes to Next, whose route handler gives the same answer.
 */
function answerLiveHere(handle) {
  return (req, res) => {
    const live = req.method === 'POST' && globalThis[LIVE_ENDPOINT_KEY];
    const match = live && LIVE_PATH.exec(req.url ?? '');
    return match ? live(req, res, match[1]) : handle(req, res);
  };
}

const dir = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT || 3000);
// Unset: every interface, as `next start`. Behind nginx (deploy/) HOST=127.0.0.1 keeps readers from
// reaching the app around the proxy, which matters because TRUSTED_PROXY_HOPS=1 trusts its header.
const host = process.env.HOST || undefined;

const { default: next } = await import('next');
const app = next({ dev: false, dir, port, hostname: host ?? 'localhost' });
await app.prepare();
const handle = app.getRequestHandler();
const log = createLogger();
// Loopback requests (the readable 404 page) go to whichever address this server listens on.
const ownAddress = () => ({
  host: host === undefined || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host,
  port: server.address().port,
});
// Shared HTML is finished with a hash-based script policy, and Next's empty 404 shell replaced by a
// readable page (scripts/finish-html.mjs).
const server = http.createServer(
  logRequests(log, answerLiveHere(bufferHtml(handle, htmlFinishing(ownAddress, log)))),
);
// Idle keep-alive sockets are left for the client (or nginx, after 4 s) to close: a server that closes
// one just as the client reuses it turns that request into a failed connection.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, host, () => {
  log.info({ event: 'listening', host: host ?? '*', port }, 'listening');
});
// Whatever escapes a request still gets a line (with its stack) before Node's default handling.
process.on('uncaughtExceptionMonitor', (err) => log.fatal({ err }, 'uncaught exception'));

let stopping = false;
async function drain() {
  if (stopping) return;
  stopping = true;
  const closed = new Promise((resolve) => server.close(resolve));
  // close() waits for every connection; keep-alive sockets between requests are let go at once and
  // as in-flight requests end, and whatever still hangs after the limit is cut.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const cut = setTimeout(() => server.closeAllConnections(), DRAIN_LIMIT_MS);
  server.closeIdleConnections();
  await closed;
  clearInterval(idle);
  clearTimeout(cut);
  await app.close().catch(() => {});
  // instrumentation.ts closes the database (db/index.ts closeDb) and lib/cache/handler.mjs its tag store.
  process.emit('newsroom:shutdown');
  process.exit(0);
}
process.on('SIGTERM', drain);
process.on('SIGINT', drain);

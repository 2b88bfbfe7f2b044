// One log line per request for scripts/serve.mjs: method, path (without its query, which may carry
// tokens or search terms), status, duration and a request id. The id is handed to Next as the
// X-Request-Id request header (lib/log.ts reads it, so events carry it too) and back to the client.
import { randomUUID } from 'node:crypto';
import { REQUEST_ID_HEADER } from '../lib/logger.mjs';

// A proxy's id is honoured only if it looks like one: it ends up in every line of the request.
const USABLE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The request's id: the one a trusted proxy (TRUSTED_PROXY_HOPS > 0, see deploy/) sent, or a new
 * one. A client's own header is replaced when no proxy is trusted, since anyone can send it.
 */
export function requestIdOf(req, trustProxy) {
  const sent = req.headers[REQUEST_ID_HEADER];
  return trustProxy && typeof sent === 'string' && USABLE_ID.test(sent) ? sent : randomUUID();
}

export function pathOf(url = '/') {
  const end = url.search(/[?#]/);
  return (end === -1 ? url : url.slice(0, end)).slice(0, 500);
}

function proxyTrusted() {
  return Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? '0', 10) > 0;
}

/** Wraps a node:http handler so that every request is logged once, when it ends or is cut off. */
export function logRequests(log, handle, trustProxy = proxyTrusted()) {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const id = requestIdOf(req, trustProxy);
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader('X-Request-Id', id);
    let logged = false;
    const finish = () => {
      if (logged) return;
      logged = true;
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      const line = { reqId: id, method: req.method, path: pathOf(req.url), status: res.statusCode, ms };
      if (!res.writableFinished) line.aborted = true;
      log[res.statusCode >= 500 ? 'error' : 'info'](line, 'request');
    };
    res.once('finish', finish);
    res.once('close', finish);
    Promise.resolve()
      .then(() => handle(req, res))
      .catch((error) => {
        log.error({ reqId: id, err: error }, 'request failed');
        if (res.headersSent) res.destroy();
        else {
          res.statusCode = 500;
          res.end();
        }
      });
  };
}

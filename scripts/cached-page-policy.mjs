// Gives every page without a nonce (the cached public pages, lib/security-headers.mjs) a strict
// script policy: scripts from this site plus the hashes of the framework's own inline scripts in
// this very response (lib/inline-scripts.mjs), instead of the configuration's 'unsafe-inline'.
//
// It has to see the HTML uncompressed, so for these requests it hides Accept-Encoding from Next
// and compresses the finished body itself, as Next would have. The pages are answered whole from
// the page cache anyway, so holding the body until it ends delays nothing a reader would see.
import { constants, gzipSync, brotliCompressSync } from 'node:zlib';
import { NONCE_PATHS } from '../lib/security-headers.mjs';
import { frameworkScriptHashes, withScriptHashes } from '../lib/inline-scripts.mjs';

// Not pages: files, API answers and the newsroom's own streaming pages pass straight through.
const PASS_THROUGH = /^\/(_next|api|uploads)\//;
const COMPRESSIBLE =
  /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript|manifest\+json)|image\/svg)/;
const MIN_COMPRESS_BYTES = 1024;

function pathOf(url = '/') {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

export function isCachedPageRequest(req) {
  const path = pathOf(req.url);
  return req.method === 'GET' && !PASS_THROUGH.test(path) && !NONCE_PATHS.test(path);
}

function encodingFor(acceptEncoding = '') {
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return null;
}

function compress(body, encoding) {
  if (encoding === 'br')
    return brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
  return gzipSync(body);
}

function finalise(res, body, acceptEncoding) {
  const type = String(res.getHeader('content-type') ?? '');
  const policy = res.getHeader('content-security-policy');
  if (typeof policy === 'string') {
    // Only HTML runs inline scripts of ours; anything else (a feed opened as a document) gets none.
    const hashes = type.startsWith('text/html') ? frameworkScriptHashes(body.toString('utf8')) : [];
    res.setHeader('content-security-policy', withScriptHashes(policy, hashes));
  }
  const encoding = encodingFor(acceptEncoding);
  if (
    encoding &&
    COMPRESSIBLE.test(type) &&
    body.length >= MIN_COMPRESS_BYTES &&
    !res.getHeader('content-encoding')
  ) {
    body = compress(body, encoding);
    res.setHeader('content-encoding', encoding);
  }
  if (res.statusCode !== 204 && res.statusCode !== 304) res.setHeader('content-length', body.length);
  return body;
}

/** Wraps a node:http handler (Next's) so cached pages leave with a hash-based policy. */
export function strictCachedPagePolicy(handle) {
  return (req, res) => {
    if (!isCachedPageRequest(req)) return handle(req, res);
    const acceptEncoding = req.headers['accept-encoding'];
    delete req.headers['accept-encoding'];
    holdBody(res, (body) => finalise(res, body, acceptEncoding));
    return handle(req, res);
  };
}

/**
 * Keeps what is written to res until end(), then lets `transform` see the whole body (and set
 * headers) before the head and the body go out.
 */
function holdBody(res, transform) {
  const chunks = [];
  const { writeHead, write, end } = res;
  const add = (chunk, encoding) => {
    if (chunk != null && typeof chunk !== 'function')
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'),
      );
  };
  res.writeHead = function heldHead(status, message, headers) {
    res.statusCode = status;
    const fields = typeof message === 'object' ? message : headers;
    if (typeof message === 'string') res.statusMessage = message;
    if (fields) for (const [name, value] of Object.entries(fields)) res.setHeader(name, value);
    return res;
  };
  res.flushHeaders = () => {};
  res.write = function heldWrite(chunk, encoding, callback) {
    add(chunk, encoding);
    const done = [encoding, callback].find((f) => typeof f === 'function');
    if (done) process.nextTick(done);
    return true;
  };
  res.end = function heldEnd(chunk, encoding, callback) {
    add(chunk, encoding);
    res.writeHead = writeHead;
    res.write = write;
    res.end = end;
    const body = transform(Buffer.concat(chunks));
    const done = [chunk, encoding, callback].find((f) => typeof f === 'function');
    writeHead.call(res, res.statusCode);
    return end.call(res, body, done);
  };
}

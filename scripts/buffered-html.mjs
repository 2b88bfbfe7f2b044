// Holds back an HTML response until it is complete, so that scripts/serve.mjs can finish it with what
// only the whole body tells: the hashes of its inline scripts (a strict CSP on cached pages) and
// whether it is Next's empty 404 shell (replaced by a 404 page a reader can read without JavaScript).
// Any other response (assets, images, feeds, JSON, RSC payloads) is passed through untouched once its
// first byte shows its type. The same interception the `compression` middleware does, one layer out.
import zlib from 'node:zlib';

const DECODERS = {
  gzip: zlib.gunzipSync,
  br: zlib.brotliDecompressSync,
  deflate: zlib.inflateSync,
};

/** The body as text, whatever Next's own compression did to it. */
export function decodeBody(encoded, encoding) {
  const decode = DECODERS[String(encoding ?? '').toLowerCase()];
  return (decode ? decode(encoded) : encoded).toString('utf8');
}

/** Whether the response being written is an HTML document. */
export function isHtml(res) {
  return /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''));
}

function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null) return null;
  return Buffer.isBuffer(chunk)
    ? chunk
    : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
}

/**
 * Wraps a node:http handler. `wanted(req)` picks the requests worth watching; `hold(req, res)`, asked
 * once the status and headers are set, says whether to hold this one back; `finish(req, res, body)`
 * gets each held response complete (as Next encoded it) and returns the Buffer to send, having
 * adjusted the headers as it likes. Content-Length is set from that Buffer.
 *
 * The wrappers stay on `res` for the whole response and pass through once a response is not held
 * (or is being sent): Next's compression wraps them in turn, so putting the originals back would
 * cut its gzip stream off from the socket.
 */
export function bufferHtml(handle, { wanted, hold, finish }) {
  return (req, res) => {
    if (!wanted(req)) return handle(req, res);
    const original = {
      writeHead: res.writeHead,
      write: res.write,
      end: res.end,
      flushHeaders: res.flushHeaders,
    };
    const chunks = [];
    let state = 'undecided'; // then 'holding', or 'passing' (not held, or sending the finished body)

    const passing = () => {
      if (state === 'undecided') state = hold(req, res) ? 'holding' : 'passing';
      return state === 'passing';
    };

    // Until the body shows what it is, status and headers are recorded on res, not sent.
    res.writeHead = function writeHead(status, reason, headers) {
      if (state === 'passing') return original.writeHead.apply(res, arguments);
      res.statusCode = status;
      const fields = typeof reason === 'string' ? headers : reason;
      if (typeof reason === 'string') res.statusMessage = reason;
      if (fields && !Array.isArray(fields))
        for (const [name, value] of Object.entries(fields)) res.setHeader(name, value);
      return res;
    };
    res.flushHeaders = function flushHeaders() {
      if (state === 'passing') return original.flushHeaders.call(res);
    };
    res.write = function write(chunk, encoding, callback) {
      if (passing()) return original.write.apply(res, arguments);
      const buffer = toBuffer(chunk, encoding);
      if (buffer) chunks.push(buffer);
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') process.nextTick(done);
      return true;
    };
    res.end = function end(chunk, encoding, callback) {
      if (passing()) return original.end.apply(res, arguments);
      if (typeof chunk === 'function') [chunk, callback] = [undefined, chunk];
      if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
      const last = toBuffer(chunk, encoding);
      if (last) chunks.push(last);
      state = 'passing';
      Promise.resolve()
        .then(() => finish(req, res, Buffer.concat(chunks)))
        .then((body) => {
          res.removeHeader('transfer-encoding');
          res.setHeader('content-length', body.length);
          original.end.call(res, body, callback);
        })
        .catch((error) => res.destroy(error));
      return res;
    };
    return handle(req, res);
  };
}

// Next 16 gives route handlers no access to the socket, and only fills X-Forwarded-For from it when
// the client sent none, so that header can be forged. This copies the real socket address into
// x-newsroom-peer on every request, overwriting whatever a client put there; db/readers.ts trusts
// only that header when TRUSTED_PROXY_HOPS is 0. Installed twice over, both idempotent: preloaded
// by scripts/start.mjs (node --require), and from instrumentation.ts, which Next runs before it
// serves the first request however it was started.
// A --require preload has to be CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const http = require('node:http');

const INSTALLED = Symbol.for('newsroom.peerAddress');

if (!http.Server.prototype[INSTALLED]) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeer(event, req, ...rest) {
    if (event === 'request' && req && req.headers) {
      req.headers['x-newsroom-peer'] = (req.socket && req.socket.remoteAddress) || '';
    }
    return emit.call(this, event, req, ...rest);
  };
  http.Server.prototype[INSTALLED] = true;
}

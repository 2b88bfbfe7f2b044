// The one logger setup, shared by the node:http server (scripts/serve.mjs, plain JavaScript) and
// server code (lib/log.ts): pino writing one JSON object a line to stdout, which a process manager
// (systemd's journal, docker logs) collects as is. Secrets are redacted by path, wherever they sit,
// so a careless `log.info({ headers })` cannot leak a session cookie or a password.
import pino from 'pino';

/** The header carrying the request id from scripts/serve.mjs to server code (and back to clients). */
export const REQUEST_ID_HEADER = 'x-request-id';

const SECRET_KEYS = ['password', 'newPassword', 'cookie', 'authorization', 'set-cookie'];
// Raw client addresses never reach a log (DESIGN.md §2): only a prefix of their salted hash may.
const ADDRESS_KEYS = ['ip', 'address', 'remoteAddress', 'x-forwarded-for', 'x-real-ip', 'x-newsroom-peer'];

// At the top level and up to two objects deep; a key with a dash needs the bracket form.
export const REDACT_PATHS = [...SECRET_KEYS, ...ADDRESS_KEYS].flatMap((key) => {
  const step = /^\w+$/.test(key) ? `.${key}` : `["${key}"]`;
  return [step.startsWith('.') ? key : step, `*${step}`, `*.*${step}`];
});

/**
 * A logger; tests pass a destination stream to read what it writes. Levels are named ("info"),
 * times are ISO strings, and every line carries the process id (one per core under scripts/start.mjs).
 */
export function createLogger(destination) {
  const options = {
    level: process.env.LOG_LEVEL || 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

// Which inline scripts of a cached page are Next's own, and their CSP hashes (issue 12).
//
// A cached public page cannot carry a per-request nonce, and its headers come from a static
// configuration that cannot know each page's inline scripts. scripts/serve.mjs therefore reads
// each cached page's HTML as it is sent and lists, in the policy, the hash of every inline script
// that is one of the framework's three shapes below, each holding data only. Anything else inline,
// including an event-handler attribute, has no hash and does not run: hashing every script
// found would let markup that slipped into the page run as if it were ours.
import { createHash } from 'node:crypto';

// The flight buffer's creation, byte for byte as Next writes it.
const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])';
// A chunk of the page's React payload: self.__next_f.push(<JSON array>)
const FLIGHT_CHUNK = /^self\.__next_f\.push\((\[.*\])\)$/s;
// Turbopack's bootstrap: the list of chunks to load, as a JSON object.
const TURBOPACK_START =
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{.*\})\);$/s;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const HAS_SRC = /\ssrc\s*=/i;
// Only classic and module scripts run; JSON-LD and other data blocks are never executed.
const TYPE = /\stype\s*=\s*["']?([^"'\s>]+)/i;

function isJson(text, opener) {
  try {
    const value = JSON.parse(text);
    return opener === '[' ? Array.isArray(value) : value !== null && typeof value === 'object';
  } catch {
    return false;
  }
}

/** True for an inline script that is one of Next's data-only shapes. */
export function isFrameworkScript(source) {
  if (source === FLIGHT_START) return true;
  const chunk = FLIGHT_CHUNK.exec(source);
  if (chunk) return isJson(chunk[1], '[');
  const start = TURBOPACK_START.exec(source);
  return start !== null && isJson(start[1], '{');
}

function runs(attributes) {
  const type = TYPE.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'text/javascript' || type === 'module';
}

/** The 'sha256-…' sources for the framework's inline scripts in this HTML, in order, without repeats. */
export function frameworkScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, source] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes) || !runs(attributes) || !isFrameworkScript(source)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy with its script-src narrowed to 'self' plus these hashes. A policy whose script-src
 * does not allow inline scripts (a nonce policy) is returned as it is.
 */
export function withScriptHashes(policy, hashes) {
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (name !== 'script-src' || !values.includes("'unsafe-inline'")) return directive.trim();
      return ['script-src', ...values.filter((v) => v !== "'unsafe-inline'"), ...hashes].join(' ');
    })
    .join('; ');
}

// Where a request comes from (DESIGN.md §2): the client's address behind any trusted proxies, and
// the salted HMACs that are all Newsroom ever keeps of it (votes, views, sign-in throttling).
import 'server-only';
import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import { appSecret } from './config';
import { trustedProxyHops } from './own-hosts';

/**
 * The socket address, copied by scripts/peer-address.cjs into this header before Next sees the
 * request (overwriting anything a client sent). Next itself only fills X-Forwarded-For from the
 * socket when the client did not send one, so that header alone can be spoofed.
 */
export const PEER_HEADER = 'x-newsroom-peer';

export { trustedProxyHops };

type HeaderSource = { get(name: string): string | null };

function normalise(ip: string): string {
  const trimmed = ip.trim().replace(/^\[|\]$/g, '');
  // "::ffff:1.2.3.4" is how Node reports an IPv4 client on a dual-stack socket.
  return trimmed.toLowerCase().startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4
    ? trimmed.slice(7)
    : trimmed;
}

/**
 * The client's address. With TRUSTED_PROXY_HOPS = n > 0 it is the n-th entry from the right of
 * X-Forwarded-For (each trusted proxy appends the address it saw); with 0 the header is ignored
 * entirely, because any client can send it, and the socket address is used.
 */
export function clientAddress(
  headers: HeaderSource,
  socketAddress: string | null | undefined = headers.get(PEER_HEADER),
  hops = trustedProxyHops(),
): string {
  if (hops > 0) {
    const entries = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    // Fewer entries than trusted hops means the request did not pass through every proxy, so
    // the leftmost entry may be the client's own invention: the peer is the only safe answer.
    if (entries.length >= hops) return normalise(entries[entries.length - hops]);
  }
  return socketAddress ? normalise(socketAddress) : 'unknown';
}

let salt: Buffer | undefined;
let saltSecret: string | undefined;

function addressSalt(): Buffer {
  const secret = appSecret();
  if (!salt || saltSecret !== secret) {
    salt = createHmac('sha256', secret).update('newsroom address salt').digest();
    saltSecret = secret;
  }
  return salt;
}

function hmac(label: string, value: string): string {
  return createHmac('sha256', addressSalt()).update(`${label}:${value}`).digest('hex');
}

export function hashAddress(ip: string): string {
  return hmac('addr', normalise(ip));
}

function expandIPv6(ip: string): string[] {
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  const groups = ip.includes('::') ? [...left, ...Array(Math.max(0, missing)).fill('0'), ...right] : left;
  return groups.map((g) => (g.includes('.') ? g : g.padStart(4, '0').toLowerCase()));
}

/** The network a client is in: /24 for IPv4, /48 for IPv6 (one site's allocation). */
export function networkPrefix(ip: string): string {
  const address = normalise(ip);
  const kind = isIP(address);
  if (kind === 4) return `${address.split('.').slice(0, 3).join('.')}.0/24`;
  if (kind === 6) return `${expandIPv6(address).slice(0, 3).join(':')}::/48`;
  return address;
}

export function hashNetwork(ip: string): string {
  return hmac('net', networkPrefix(ip));
}

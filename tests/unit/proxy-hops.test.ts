import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, hashAddress, PEER_HEADER } from '@/lib/client-address';
import { hitVoteLimits } from '@/db/readers/rate-limits';

function request(headers: Record<string, string>) {
  return new Headers(headers);
}

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
  delete process.env.NEWSROOM_VOTE_LIMIT_PER_ADDRESS;
});

describe('TRUSTED_PROXY_HOPS', () => {
  it('defaults to 0: a spoofed X-Forwarded-For is ignored and the socket address is used', () => {
    const h = request({ 'x-forwarded-for': '198.51.100.66, 198.51.100.77', [PEER_HEADER]: '203.0.113.5' });
    expect(clientAddress(h)).toBe('203.0.113.5');
  });

  it('with 1 hop takes the entry the proxy appended (the last one), not what the client sent', () => {
    process.env.TRUSTED_PROXY_HOPS = '1';
    // The client claimed 198.51.100.66; nginx appended the address it really saw.
    const h = request({ 'x-forwarded-for': '198.51.100.66, 203.0.113.5', [PEER_HEADER]: '10.0.0.2' });
    expect(clientAddress(h)).toBe('203.0.113.5');
  });

  it('with 2 hops (CDN then nginx) takes the second entry from the right', () => {
    process.env.TRUSTED_PROXY_HOPS = '2';
    const h = request({
      'x-forwarded-for': '198.51.100.66, 203.0.113.5, 192.0.2.10',
      [PEER_HEADER]: '10.0.0.2',
    });
    expect(clientAddress(h)).toBe('203.0.113.5');
  });

  it('with fewer entries than trusted hops uses the peer, never an entry the client may have written', () => {
    process.env.TRUSTED_PROXY_HOPS = '2';
    const h = request({ 'x-forwarded-for': '198.51.100.66', [PEER_HEADER]: '10.0.0.2' });
    expect(clientAddress(h)).toBe('10.0.0.2');
  });

  it('a malformed setting counts as 0', () => {
    process.env.TRUSTED_PROXY_HOPS = 'lots';
    expect(clientAddress(request({ 'x-forwarded-for': '198.51.100.66', [PEER_HEADER]: '203.0.113.5' }))).toBe(
      '203.0.113.5',
    );
  });

  it('rotating X-Forwarded-For does not escape the per-address vote limit when no proxy is trusted', () => {
    process.env.NEWSROOM_VOTE_LIMIT_PER_ADDRESS = '3/10m';
    const results = Array.from({ length: 5 }, (_, i) => {
      const h = request({ 'x-forwarded-for': `198.51.100.${i}`, [PEER_HEADER]: '203.0.113.99' });
      const address = clientAddress(h);
      return hitVoteLimits(
        { addressHash: hashAddress(address), networkHash: `net-${i}`, readerId: `reader-${i}` },
        1_000_000,
      );
    });
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
  });
});

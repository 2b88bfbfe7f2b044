import { describe, expect, it } from 'vitest';
import { clientAddress, hashAddress, hashNetwork, networkPrefix } from '@/lib/client-address';
import { isCrawler, newReaderCookie, readReaderId, userAgentFamily } from '@/app/api/articles/reader-cookie';

const headers = (h: Record<string, string>) => new Headers(h);

describe('reader cookie', () => {
  it('reads back the id it signed', () => {
    const { id, value } = newReaderCookie();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(readReaderId(value)).toBe(id);
  });

  it('gives every new reader a different id', () => {
    expect(newReaderCookie().id).not.toBe(newReaderCookie().id);
  });

  it('refuses tampered, foreign and malformed values', () => {
    const { id, value } = newReaderCookie();
    const other = newReaderCookie();
    const signature = value.split('.')[1];
    const swapped = `${other.id}.${signature}`;
    const flipped = `${id}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    for (const bad of [
      swapped,
      flipped,
      id,
      `${id}.`,
      '',
      'x.y',
      `${id.toUpperCase()}.${signature}`,
      undefined,
      null,
    ]) {
      expect(readReaderId(bad)).toBeNull();
    }
  });
});

describe('clientAddress', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    const h = headers({ 'x-forwarded-for': '6.6.6.6', 'x-newsroom-peer': '10.0.0.7' });
    expect(clientAddress(h, undefined, 0)).toBe('10.0.0.7');
    expect(clientAddress(headers({ 'x-forwarded-for': '6.6.6.6' }), undefined, 0)).toBe('unknown');
  });

  it('takes the address the trusted proxies saw', () => {
    const h = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2', 'x-newsroom-peer': '10.0.0.1' });
    expect(clientAddress(h, undefined, 1)).toBe('10.0.0.2');
    expect(clientAddress(h, undefined, 2)).toBe('203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9' }), '10.0.0.1', 3)).toBe('10.0.0.1');
    expect(clientAddress(headers({}), '10.0.0.1', 1)).toBe('10.0.0.1');
  });

  it('reads an IPv4 client on a dual-stack socket as IPv4', () => {
    expect(clientAddress(headers({}), '::ffff:192.0.2.1', 0)).toBe('192.0.2.1');
  });
});

describe('address hashing', () => {
  it('never contains the raw address and is stable', () => {
    const hash = hashAddress('192.0.2.1');
    expect(hash).not.toContain('192');
    expect(hash).toBe(hashAddress('192.0.2.1'));
    expect(hash).not.toBe(hashAddress('192.0.2.2'));
  });

  it('puts addresses of one /24 or /48 into one network', () => {
    expect(networkPrefix('192.0.2.1')).toBe('192.0.2.0/24');
    expect(hashNetwork('192.0.2.1')).toBe(hashNetwork('192.0.2.254'));
    expect(hashNetwork('192.0.2.1')).not.toBe(hashNetwork('192.0.3.1'));
    expect(networkPrefix('2001:db8:abcd:12::1')).toBe('2001:0db8:abcd::/48');
    expect(hashNetwork('2001:db8:abcd:12::1')).toBe(hashNetwork('2001:db8:abcd:ffff:1:2:3:4'));
    expect(hashNetwork('2001:db8:abcd::1')).not.toBe(hashNetwork('2001:db8:abce::1'));
    expect(networkPrefix('::1')).toBe('0000:0000:0000::/48');
  });
});

describe('user agents', () => {
  const chrome =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.126 Safari/537.36';
  it('names the browser family and major version', () => {
    expect(userAgentFamily(chrome)).toBe('Chrome 126');
    expect(userAgentFamily('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe(
      'Firefox 128',
    );
    expect(userAgentFamily('')).toBe('Unknown');
  });

  it('recognises crawlers but not browsers', () => {
    expect(isCrawler('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(true);
    expect(isCrawler(chrome)).toBe(false);
  });
});

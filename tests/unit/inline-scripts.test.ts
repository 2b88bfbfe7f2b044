// The hash-based policy of cached pages (issue 12): only the framework's own data-only inline scripts
// get a hash; injected or altered inline script, and event-handler attributes, get none.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { frameworkScriptHashes, isFrameworkScript, withScriptHashes } from '@/lib/inline-scripts.mjs';
import { CACHED_PAGE_POLICY } from '@/lib/security-headers.mjs';

const hash = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

const START = '(self.__next_f=self.__next_f||[]).push([0])';
const CHUNK = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[],\\"default\\"]\\n"])';
const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';

function page(...scripts: string[]) {
  return `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>${scripts.join('')}</body></html>`;
}

describe('framework scripts', () => {
  it("recognises Next's three data-only shapes", () => {
    for (const source of [START, CHUNK, TURBOPACK]) expect(isFrameworkScript(source), source).toBe(true);
  });

  it('refuses anything with code around or inside the data', () => {
    for (const source of [
      'alert(1)',
      `${START};alert(1)`,
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]),alert(1)',
      'self.__next_f.push([1,alert(1)])',
      'self.__next_f.push(alert(1))',
      'self.__next_f.push({"a":1})',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(fetch("//x"));',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([1]);',
      '',
    ])
      expect(isFrameworkScript(source), source).toBe(false);
  });
});

describe('frameworkScriptHashes', () => {
  it("hashes exactly the framework's inline scripts, once each, in order", () => {
    const html = page(
      `<script id="_R_">${TURBOPACK}</script>`,
      `<script>${START}</script>`,
      `<script>${CHUNK}</script>`,
      `<script>${CHUNK}</script>`,
    );
    expect(frameworkScriptHashes(html)).toEqual([hash(TURBOPACK), hash(START), hash(CHUNK)]);
  });

  it('gives no hash to injected scripts, external scripts or data blocks', () => {
    const html = page(
      '<script>alert(document.cookie)</script>',
      `<script src="/x.js">${CHUNK}</script>`,
      `<script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
      '<img src=x onerror="alert(1)">',
    );
    expect(frameworkScriptHashes(html)).toEqual([]);
  });
});

describe('withScriptHashes', () => {
  it("replaces the cached policy's 'unsafe-inline' with the hashes and keeps every other directive", () => {
    const narrowed = withScriptHashes(CACHED_PAGE_POLICY, [hash(CHUNK)]);
    expect(narrowed).toContain(`script-src 'self' ${hash(CHUNK)};`);
    expect(narrowed).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(narrowed).toContain("style-src-attr 'unsafe-inline'");
    expect(narrowed).toContain("frame-ancestors 'none'");
  });

  it("leaves 'self' alone when a response has no inline script", () => {
    expect(withScriptHashes(CACHED_PAGE_POLICY, [])).toMatch(/script-src 'self';/);
  });

  it('leaves a nonce policy as it is', () => {
    const nonce = "default-src 'self'; script-src 'nonce-abc' 'strict-dynamic'";
    expect(withScriptHashes(nonce, [hash(CHUNK)])).toBe(nonce);
  });
});

/** "Too many failed sign-in attempts. Try again in 14 minutes." (rounded up, never "0 minutes"). */
export function throttledMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

const FALLBACK = '/newsroom';
const BASE = 'http://x';
// Browsers drop tabs and newlines from a URL ("/\t/evil.com" becomes "//evil.com", another host)
// and read a backslash as a slash, so neither may appear, not even percent-encoded in the path.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/** Only a path on this site, so a crafted link cannot send someone elsewhere after signing in. */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || UNSAFE.test(value)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== BASE) return FALLBACK;
  // Resolving can still leave a path that starts with "//" ("/.//evil.com"), which a browser reads
  // as another host; and the path is checked once decoded, in case something on the way decodes it.
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return FALLBACK;
  }
  if (path.startsWith('//') || UNSAFE.test(path)) return FALLBACK;
  return url.pathname + url.search + url.hash;
}

// Which host names this site answers to, for same-origin checks (the vote and live endpoints, and
// the proxy's check of server action posts). No 'server-only' here: proxy.ts imports it too.

type HeaderSource = { get(name: string): string | null };

/** How many reverse proxies in front of the app the operator vouches for (README "Configuration"). */
export function trustedProxyHops(): number {
  const hops = Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? '0', 10);
  return Number.isFinite(hops) && hops > 0 ? hops : 0;
}

/**
 * The Host header, SITE_URL's host when set, and X-Forwarded-Host only behind a trusted proxy
 * (TRUSTED_PROXY_HOPS > 0), where the proxy, not the client, sets it: otherwise any client could
 * name its own site there and pass an Origin comparison.
 */
export function ownHosts(headers: HeaderSource): string[] {
  const hosts = [headers.get('host')];
  if (process.env.SITE_URL) hosts.push(hostOf(process.env.SITE_URL));
  if (trustedProxyHops() > 0) {
    // The nearest trusted proxy's value is the last one in the list.
    hosts.push(headers.get('x-forwarded-host')?.split(',').at(-1)?.trim() ?? null);
  }
  return hosts.filter((h): h is string => Boolean(h));
}

/** The host of a URL ("news.example:8443"), or null for anything that is not one (e.g. "null"). */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

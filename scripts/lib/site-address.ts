// Where readers find an article, for the CLI's printed links. The CLI runs in the operator's shell,
// not in the server's environment, so the server's PORT says nothing about where the site is: only
// an address the operator configured is the real one, and without one we say we do not know.
import { CliError } from './cli';

/** The configured public origin (SITE_URL, else the older NEWSROOM_URL), or null when none is set. */
export function configuredSiteOrigin(env: NodeJS.ProcessEnv = process.env): string | null {
  const name = env.SITE_URL ? 'SITE_URL' : env.NEWSROOM_URL ? 'NEWSROOM_URL' : null;
  if (!name) return null;
  const value = env[name]!;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`${name}="${value}" is not an absolute URL such as https://news.example.com.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new CliError(`${name}="${value}" must start with http:// or https://.`);
  // A site served under a sub-path keeps it; a trailing slash would double the next one.
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The article's full address when the site's origin is known, else its path. */
export function articleAddress(origin: string | null, slug: string): string {
  return `${origin ?? ''}/articles/${slug}`;
}

export const UNKNOWN_ADDRESS_NOTE =
  'The site address is not configured, so the links above are paths: set SITE_URL (e.g. https://news.example.com) to print full addresses.';

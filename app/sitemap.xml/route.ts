import { siteUrl } from '@/components/site/site-config';
import { xmlResponse } from '@/lib/sitemap-xml';
import { buildSitemapIndex } from '../sitemaps/build';

// Per request (a few grouped rows) with a shared-cache minute: a build-time copy would list the
// build machine's articles.
export const dynamic = 'force-dynamic';

export function GET() {
  return xmlResponse(buildSitemapIndex(siteUrl(), Date.now()));
}

import { siteUrl } from '@/components/site/site-config';
import { xmlResponse } from '@/lib/sitemap-xml';
import { buildNewsSitemap } from '../sitemaps/build';

export const dynamic = 'force-dynamic';

export function GET() {
  return xmlResponse(buildNewsSitemap(siteUrl(), Date.now()));
}

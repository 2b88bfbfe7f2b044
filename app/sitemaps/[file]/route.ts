import { siteUrl } from '@/components/site/site-config';
import { xmlResponse } from '@/lib/sitemap-xml';
import { buildSitemapFile } from '../build';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const xml = buildSitemapFile(file, siteUrl(), Date.now());
  if (xml === null) {
    return new Response('No such sitemap.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return xmlResponse(xml);
}

import type { MetadataRoute } from 'next';
import { siteUrl } from '@/components/site/site-config';

// The origin comes from the running server's environment, not the build's.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    // The dashboard, the live endpoints and endless search variations are no use in an index.
    rules: { userAgent: '*', allow: '/', disallow: ['/newsroom', '/api/', '/search'] },
    // The index lists every child sitemap; the news sitemap is listed too, as Google asks.
    sitemap: [
      new URL('/sitemap.xml', siteUrl()).toString(),
      new URL('/news-sitemap.xml', siteUrl()).toString(),
    ],
  };
}

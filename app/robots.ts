import type { MetadataRoute } from 'next';
import { siteUrl } from '@/components/site/site-config';

// The origin comes from the running server's environment, not the build's.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    // The dashboard and the live endpoints are no use in an index. /search is not disallowed: the bare
    // page should be indexable, and result pages say `noindex, follow` in their HTML, which a crawler
    // can only read if it may fetch them (a disallowed page can still be indexed from links to it).
    rules: { userAgent: '*', allow: '/', disallow: ['/newsroom', '/api/'] },
    // The index lists every child sitemap; the news sitemap is listed too, as Google asks.
    sitemap: [
      new URL('/sitemap.xml', siteUrl()).toString(),
      new URL('/news-sitemap.xml', siteUrl()).toString(),
    ],
  };
}

import { SITE_NAME } from '@/components/site/site-config';
import { getSection, getSectionArticles } from '../../../cached';
import { FEED_SIZE, rssResponse } from '../../../feeds';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const section = await getSection(slug);
  if (!section) {
    return new Response('No such section.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { items } = await getSectionArticles(section.id, { limit: FEED_SIZE, offset: 0 });
  return rssResponse({
    title: `${SITE_NAME}: ${section.name}`,
    description: section.description || `The latest ${section.name} articles from ${SITE_NAME}.`,
    path: `/sections/${section.slug}`,
    feedPath: `/sections/${section.slug}/feed.xml`,
    items,
  });
}

import { SITE_NAME } from '@/components/site/site-config';
import { editionOfSegment } from '@/app/(site)/editions';
import { getSection, getSectionArticles } from '@/app/(site)/cached';
import { FEED_SIZE, rssResponse } from '@/app/(site)/feeds';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; edition: string }> },
) {
  const { slug, edition: segment } = await params;
  const edition = await editionOfSegment(segment);
  const section = await getSection(slug);
  if (!edition || !section || section.editionId !== edition.id) {
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
    edition,
  });
}

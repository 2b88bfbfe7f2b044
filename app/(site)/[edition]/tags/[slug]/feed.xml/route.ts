import { SITE_NAME } from '@/components/site/site-config';
import { editionOfSegment } from '@/app/(site)/editions';
import { getTag, getTagArticles } from '@/app/(site)/cached';
import { FEED_SIZE, notFoundFeed, rssResponse } from '@/app/(site)/feeds';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; edition: string }> },
) {
  const { slug, edition: segment } = await params;
  const edition = await editionOfSegment(segment);
  const tag = await getTag(slug);
  if (!edition || !tag || tag.editionId !== edition.id) return notFoundFeed('No such tag.');
  const { items } = await getTagArticles(tag.id, { limit: FEED_SIZE, offset: 0 });
  return rssResponse({
    title: `${SITE_NAME}: ${tag.name}`,
    description: `Articles about ${tag.name} from ${SITE_NAME}.`,
    path: `/tags/${tag.slug}`,
    feedPath: `/tags/${tag.slug}/feed.xml`,
    items,
    edition,
  });
}

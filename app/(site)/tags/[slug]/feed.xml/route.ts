import { SITE_NAME } from '@/components/site/site-config';
import { getTag, getTagArticles } from '../../../cached';
import { FEED_SIZE, notFoundFeed, rssResponse } from '../../../feeds';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const tag = await getTag(slug);
  if (!tag) return notFoundFeed('No such tag.');
  const { items } = await getTagArticles(tag.id, { limit: FEED_SIZE, offset: 0 });
  return rssResponse({
    title: `${SITE_NAME}: ${tag.name}`,
    description: `Articles about ${tag.name} from ${SITE_NAME}.`,
    path: `/tags/${tag.slug}`,
    feedPath: `/tags/${tag.slug}/feed.xml`,
    items,
  });
}

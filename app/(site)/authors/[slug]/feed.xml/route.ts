import { SITE_NAME } from '@/components/site/site-config';
import { getAuthor, getAuthorArticles } from '../../../cached';
import { FEED_SIZE, notFoundFeed, rssResponse } from '../../../feeds';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const author = await getAuthor(slug);
  if (!author) return notFoundFeed('No such author.');
  const { items } = await getAuthorArticles(author.id, { limit: FEED_SIZE, offset: 0 });
  return rssResponse({
    title: `${SITE_NAME}: ${author.name}`,
    description: `The latest articles by ${author.fullName || author.name} for ${SITE_NAME}.`,
    path: `/authors/${author.slug}`,
    feedPath: `/authors/${author.slug}/feed.xml`,
    items,
  });
}

import { SITE_NAME } from '@/components/site/site-config';
import { editionOfSegment } from '@/app/(site)/editions';
import { getAuthor, getAuthorArticles } from '@/app/(site)/cached';
import { FEED_SIZE, notFoundFeed, rssResponse } from '@/app/(site)/feeds';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; edition: string }> },
) {
  const { slug, edition: segment } = await params;
  const edition = await editionOfSegment(segment);
  const author = await getAuthor(slug);
  if (!edition || !author) return notFoundFeed('No such author.');
  const { items } = await getAuthorArticles(author.id, edition.id, { limit: FEED_SIZE, offset: 0 });
  return rssResponse({
    title: `${SITE_NAME}: ${author.name}`,
    description: `The latest articles by ${author.fullName || author.name} for ${SITE_NAME}.`,
    path: `/authors/${author.slug}`,
    feedPath: `/authors/${author.slug}/feed.xml`,
    items,
    edition,
  });
}

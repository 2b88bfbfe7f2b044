import { getLatest } from '@/app/(site)/cached';
import { FEED_SIZE, latestFeedDescription, latestFeedTitle, rssResponse } from '@/app/(site)/feeds';

// Per request from the data cache, like the list pages: a build-time copy would hold the build's data.
export const dynamic = 'force-dynamic';

export async function GET() {
  const { items } = await getLatest({ limit: FEED_SIZE, offset: 0 });
  return rssResponse({
    title: latestFeedTitle,
    description: latestFeedDescription,
    path: '/',
    feedPath: '/feed.xml',
    items,
  });
}

import { editionOfSegment } from '@/app/(site)/editions';
import { latestFeed, notFoundFeed } from '@/app/(site)/feeds';

export const dynamic = 'force-dynamic';

/** Another edition's latest articles (`/id/feed.xml`); the default edition's is app/feed.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  const edition = await editionOfSegment((await params).edition);
  if (!edition || edition.isDefault) return notFoundFeed('No such edition.');
  return latestFeed(edition);
}

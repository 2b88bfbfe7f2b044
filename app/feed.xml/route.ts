import { getEditions } from '@/app/(site)/editions';
import { latestFeed } from '@/app/(site)/feeds';

// Per request from the data cache, like the list pages: a build-time copy would hold the build's data.
export const dynamic = 'force-dynamic';

/** The default edition's latest articles; another edition's are at /<tag>/feed.xml. */
export async function GET() {
  const edition = (await getEditions()).find((e) => e.isDefault)!;
  return latestFeed(edition);
}

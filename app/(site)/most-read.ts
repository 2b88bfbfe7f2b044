// "Most read" from the data cache: recomputed at most every five minutes, never per request.
// No tag expires it: view counts change all the time, and a few minutes late is the point.
import { unstable_cache } from 'next/cache';
import { listMostRead } from '@/db/readers/most-read';

export const MOST_READ_REVALIDATE = 300;

export const getMostRead = unstable_cache(
  async () => ({ today: listMostRead('today', Date.now()), week: listMostRead('week', Date.now()) }),
  ['site:most-read'],
  { revalidate: MOST_READ_REVALIDATE },
);

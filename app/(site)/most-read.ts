// "Most read" from the data cache: recomputed at most every five minutes, never per request.
// Views alone never expire it (they change all the time, and a few minutes late is the point); the
// lists tag does, so an unpublished or deleted article leaves the block with the lists it was in.
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/app/cache-tags';
import type { MostReadLists } from '@/components/article/types';
import { listMostRead } from '@/db/readers/most-read';

export const MOST_READ_REVALIDATE = 300;

export function getMostRead(editionId: number) {
  return unstable_cache(
    async () => ({
      today: listMostRead('today', editionId, Date.now()),
      week: listMostRead('week', editionId, Date.now()),
    }),
    ['site:most-read', String(editionId)],
    { tags: [cacheTags.lists], revalidate: MOST_READ_REVALIDATE },
  )();
}

/** The lists as the article page's block reads them: links only, no view counts. */
export async function getMostReadLinks(editionId: number): Promise<MostReadLists> {
  const { today, week } = await getMostRead(editionId);
  const links = (entries: typeof today) => entries.map(({ id, slug, title }) => ({ id, slug, title }));
  return { today: links(today), week: links(week) };
}

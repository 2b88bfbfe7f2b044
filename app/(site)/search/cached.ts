// Search results from Next's in-memory data cache. Each distinct query and filter set is one entry
// in the size-bounded (LRU) cache, so repeated and paged searches are cheap and a flood of unique
// queries only evicts old entries. The lists tag expires them on every publish or edit.
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/app/cache-tags';
import { searchArticles } from '@/db/articles/search';
import type { SearchQuery } from './params';

type Window = { limit: number; offset: number };

/** A search within one edition: each edition's readers search their own language's articles. */
export function getSearchResults(editionId: number, s: SearchQuery, { limit, offset }: Window) {
  const filters = {
    editionId,
    section: s.section,
    author: s.author,
    from: s.fromMs,
    to: s.toMs,
    sort: s.sort,
  };
  return unstable_cache(
    async () => searchArticles(s.q, { now: Date.now(), limit, offset, ...filters }),
    ['site:search', `${limit}:${offset}`, JSON.stringify(filters), s.q],
    { tags: [cacheTags.lists], revalidate: 60 },
  )();
}

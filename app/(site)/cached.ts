// Cached reads for the public list pages (DESIGN.md §1). The list pages read searchParams, so
// they render per request, but their data comes from Next's in-memory data cache: a page view
// does not touch SQLite. Tags let a publish or edit expire exactly what it changed; the 60 s
// revalidate is the upper bound on how late a scheduled article or a CLI import shows up,
// because "public" depends on the clock and nothing fires when a publish time passes.
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/app/cache-tags';
import { getAuthorById, getAuthorIdBySlug, listPublishedAuthors } from '@/db/people/authors';
import { listByAuthor, listBySection, listByTag, listLatest } from '@/db/articles/listings';
import { getSectionBySlug, listSections } from '@/db/taxonomy/sections';
import { getTagBySlug } from '@/db/taxonomy/tags';

const REVALIDATE = 60;

/** `counted: false`: the first page only, without counting the list (listings.ts). */
type Window = { limit: number; offset: number; counted?: boolean };

/** One edition's sections, for its navigation and front page. */
export function getSections(editionId: number) {
  return unstable_cache(async () => listSections(editionId), ['site:sections', String(editionId)], {
    tags: [cacheTags.sections],
    revalidate: REVALIDATE,
  })();
}

export const getSection = unstable_cache(async (slug: string) => getSectionBySlug(slug), ['site:section'], {
  tags: [cacheTags.sections],
  revalidate: REVALIDATE,
});

// A slug resolves to an id first (riding on the lists tag and the 60 s bound), so the profile itself
// can be cached under author:<id>: an edit to a byline or bio expires that tag and shows at once.
const getAuthorId = unstable_cache(async (slug: string) => getAuthorIdBySlug(slug), ['site:author-id'], {
  tags: [cacheTags.lists],
  revalidate: REVALIDATE,
});

export async function getAuthor(slug: string) {
  const id = await getAuthorId(slug);
  if (id === null) return null;
  return unstable_cache(async () => getAuthorById(id), ['site:author', String(id)], {
    tags: [cacheTags.author(id)],
    revalidate: REVALIDATE,
  })();
}

export const getAuthors = unstable_cache(
  async () => listPublishedAuthors(Date.now()),
  ['site:published-authors'],
  {
    tags: [cacheTags.lists],
    revalidate: REVALIDATE,
  },
);

// Tag edits expire the lists tag (and tag:<id>), which covers this slug lookup.
export const getTag = unstable_cache(async (slug: string) => getTagBySlug(slug), ['site:tag'], {
  tags: [cacheTags.lists],
  revalidate: REVALIDATE,
});

export function getLatest(editionId: number, { limit, offset, counted }: Window) {
  return unstable_cache(
    async () => listLatest(editionId, { now: Date.now(), limit, offset, counted }),
    ['site:latest', `${editionId}:${limit}:${offset}:${counted ?? true}`],
    {
      tags: [cacheTags.lists, cacheTags.front],
      revalidate: REVALIDATE,
    },
  )();
}

export function getSectionArticles(sectionId: number, { limit, offset, counted }: Window) {
  return unstable_cache(
    async () => listBySection(sectionId, { now: Date.now(), limit, offset, counted }),
    ['site:section-articles', `${sectionId}:${limit}:${offset}:${counted ?? true}`],
    { tags: [cacheTags.lists, cacheTags.section(sectionId)], revalidate: REVALIDATE },
  )();
}

export function getAuthorArticles(authorId: number, editionId: number, { limit, offset }: Window) {
  return unstable_cache(
    async () => listByAuthor(authorId, editionId, { now: Date.now(), limit, offset }),
    ['site:author-articles', `${authorId}:${editionId}:${limit}:${offset}`],
    { tags: [cacheTags.lists, cacheTags.author(authorId)], revalidate: REVALIDATE },
  )();
}

export function getTagArticles(tagId: number, { limit, offset }: Window) {
  return unstable_cache(
    async () => listByTag(tagId, { now: Date.now(), limit, offset }),
    ['site:tag-articles', `${tagId}:${limit}:${offset}`],
    { tags: [cacheTags.lists, cacheTags.tag(tagId)], revalidate: REVALIDATE },
  )();
}

// Which edition a public page is in (issue 11, README "Editions"). Every public route lives under
// the `[edition]` segment: another edition's URLs carry its tag (`/id/articles/x`), and the default
// edition's unprefixed URLs are rewritten to the DEFAULT_SEGMENT in next.config.mjs, so they stay
// exactly as they were. The list comes from the data cache, expired by the `editions` tag.
import { notFound } from 'next/navigation';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/app/cache-tags';
import { listEditions, type Edition } from '@/db/editions/editions';
import type { EditionLink } from '@/components/site/edition-switcher';
import { editionPath } from '@/lib/editions';

/** The segment next.config.mjs rewrites the default edition's URLs to; never a language tag. */
export const DEFAULT_SEGMENT = 'default';

export const getEditions = unstable_cache(async () => listEditions(), ['site:editions'], {
  tags: [cacheTags.editions],
  revalidate: 60,
});

/**
 * The edition a URL segment names. The default edition has no prefix (its tag as a prefix would be
 * a second address for every page), and a tag is matched in its canonical case only.
 */
export async function editionOfSegment(segment: string): Promise<Edition | null> {
  const all = await getEditions();
  if (segment === DEFAULT_SEGMENT) return all.find((e) => e.isDefault) ?? null;
  return all.find((e) => !e.isDefault && e.tag === segment) ?? null;
}

export async function requireEdition(params: Promise<{ edition: string }>): Promise<Edition> {
  const edition = await editionOfSegment((await params).edition);
  if (!edition) notFound();
  return edition;
}

/** The header's edition switcher: every edition's front page, `current` marked. */
export function editionLinks(editions: Edition[], current: Edition): EditionLink[] {
  return editions.map((e) => ({
    tag: e.tag,
    name: e.name,
    href: editionPath(e, '/'),
    current: e.id === current.id,
  }));
}

/** The edition an article or page belongs to, by id (for a redirect to its own address). */
export async function editionById(id: number): Promise<Edition | null> {
  return (await getEditions()).find((e) => e.id === id) ?? null;
}

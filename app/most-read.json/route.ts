import { getMostReadLinks, MOST_READ_REVALIDATE } from '@/app/(site)/most-read';
import { getEditions } from '@/app/(site)/editions';

// The "Most read" block beside each article (components/article/most-read-live.tsx). The article's
// HTML is cached for an hour and the lists change every few minutes, so they come from here: one
// small response, the same for every article, from the data cache (never a query per request).
// Rendered per request like the feeds: a build-time copy would hold the build machine's data.
export const dynamic = 'force-dynamic';

/** `?edition=<tag>` for another edition's lists; none for the default edition's. */
export async function GET(request: Request) {
  const tag = new URL(request.url).searchParams.get('edition');
  const editions = await getEditions();
  const edition = tag === null ? editions.find((e) => e.isDefault) : editions.find((e) => e.tag === tag);
  if (!edition) return Response.json({ error: `No edition has the tag “${tag}”.` }, { status: 404 });
  return Response.json(await getMostReadLinks(edition.id), {
    headers: {
      // Browsers keep it for a minute across article pages; shared caches as long as the data cache.
      'Cache-Control': `public, max-age=60, s-maxage=${MOST_READ_REVALIDATE}, stale-while-revalidate=60`,
    },
  });
}

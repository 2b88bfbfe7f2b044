// Section and tag slugs are unique across editions (their URLs are an edition's prefix and a slug):
// a word two languages share ("sport") gets the edition's tag the second time ("sport-id").
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db';
import { editions } from '@/db/schema';

/** `slug`, or the first of "slug-<edition>", "slug-<edition>-2"… that `taken` says is free. */
export function slugFreeInEdition(
  tx: Tx,
  slug: string,
  editionId: number,
  taken: (s: string) => boolean,
): string {
  if (!taken(slug)) return slug;
  const tag = (
    tx.select({ tag: editions.tag }).from(editions).where(eq(editions.id, editionId)).get()?.tag ?? 'x'
  ).toLowerCase();
  for (let n = 1; ; n++) {
    const candidate = `${slug}-${tag}${n > 1 ? `-${n}` : ''}`;
    if (!taken(candidate)) return candidate;
  }
}

// A story told in several editions (issue 11): a source article and its translations, each a full
// article of its own edition (own slug, views and ratings), linked by `translation_of` to the source.
import 'server-only';
import { and, eq, lte, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, editions } from '@/db/schema';

/** One public telling of a story, as the "Also in" line and the hreflang alternates need it. */
export type StoryTelling = {
  articleId: number;
  slug: string;
  title: string;
  edition: { tag: string; name: string; isDefault: boolean };
};

/** Every public article of the story (`storyId` is the source's id), in edition order. */
export function listStoryTellings(storyId: number, now: number): StoryTelling[] {
  return getDb()
    .select({
      articleId: articles.id,
      slug: articles.slug,
      title: articles.title,
      edition: { tag: editions.tag, name: editions.name, isDefault: editions.isDefault },
    })
    .from(articles)
    .innerJoin(editions, eq(editions.id, articles.editionId))
    .where(
      and(
        or(eq(articles.id, storyId), eq(articles.translationOf, storyId)),
        eq(articles.status, 'published'),
        lte(articles.publishedAt, now),
      ),
    )
    .orderBy(editions.isDefault, editions.position, editions.id)
    .all()
    .sort((a, b) => Number(b.edition.isDefault) - Number(a.edition.isDefault));
}

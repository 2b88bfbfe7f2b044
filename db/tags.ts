import { asc, eq } from 'drizzle-orm';
import { getDb } from './index';
import { articleTags, tags } from './schema';

export type Tag = { id: number; name: string; slug: string };

const columns = { id: tags.id, name: tags.name, slug: tags.slug };

export function getTagBySlug(slug: string): Tag | null {
  return getDb().select(columns).from(tags).where(eq(tags.slug, slug)).get() ?? null;
}

export function listTagsForArticle(articleId: number): Tag[] {
  return getDb()
    .select(columns)
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all();
}

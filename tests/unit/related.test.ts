// Related stories: most shared tags first, then similar text; never the article itself, the
// "Latest from" list, drafts or unpublished articles.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { listRelated } from '@/db/articles/related';
import { articles, articleTags, tags, users } from '@/db/schema';

const NOW = Date.UTC(2026, 3, 26, 12, 0);
const ids: Record<string, number> = {};

function add(
  slug: string,
  title: string,
  tagNames: string[],
  fields: Partial<typeof articles.$inferInsert> = {},
) {
  const db = getDb();
  const author = db.select({ id: users.id }).from(users).get()!.id;
  const id = db
    .insert(articles)
    .values({
      slug,
      title,
      authorId: author,
      status: 'published',
      publishedAt: NOW - 1000 * Object.keys(ids).length - 1000,
      ...fields,
    })
    .returning({ id: articles.id })
    .get().id;
  for (const name of tagNames) {
    const tag = db
      .insert(tags)
      .values({ name, slug: name.toLowerCase() })
      .onConflictDoUpdate({ target: [tags.editionId, tags.name], set: { name } })
      .returning({ id: tags.id })
      .get();
    db.insert(articleTags).values({ articleId: id, tagId: tag.id }).run();
  }
  ids[slug] = id;
}

beforeAll(() => {
  getDb()
    .insert(users)
    .values({ email: 'r@example.test', name: 'Rel R', fullName: 'Rel R', slug: 'rel-r' })
    .run();
  add('subject', 'Volcano ash closes the airport', ['Volcano', 'Travel', 'Bali']);
  add('three-tags', 'Bali flights resume', ['Volcano', 'Travel', 'Bali']);
  add('two-tags', 'Tourists stranded', ['Volcano', 'Travel']);
  add('one-tag', 'Hotel prices', ['Bali']);
  add('latest', 'Also three tags, but listed', ['Volcano', 'Travel', 'Bali']);
  add('draft', 'Draft with all tags', ['Volcano', 'Travel', 'Bali'], { status: 'draft' });
  add('withdrawn', 'Unpublished with all tags', ['Volcano', 'Travel', 'Bali'], { status: 'unpublished' });
  add('by-text', 'Airport reopens after volcano eruption', []);
  add('unrelated', 'Football final tonight', []);
});

describe('related stories', () => {
  it('ranks by shared tags, fills up with similar text, and leaves out what it must', () => {
    const related = listRelated(ids.subject, [ids.latest], NOW).map((r) => r.slug);
    expect(related).toEqual(['three-tags', 'two-tags', 'one-tag', 'by-text']);
  });

  it('never lists more than four', () => {
    expect(listRelated(ids.subject, [], NOW)).toHaveLength(4);
  });

  it('is empty for an article with nothing in common with the rest', () => {
    expect(listRelated(ids.unrelated, [], NOW)).toEqual([]);
  });
});

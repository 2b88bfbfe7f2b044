// Rows for the article, rating and view tests, inserted straight into the migrated test database.
import { getDb } from '@/db';
import { articles, sections, users } from '@/db/schema';

let counter = 0;

export function makeAuthor(name = 'Budi N') {
  counter += 1;
  return getDb()
    .insert(users)
    .values({
      email: `author${counter}@example.test`,
      name,
      fullName: `${name} Full`,
      slug: `author-${counter}`,
      bio: 'Writes.',
    })
    .returning()
    .get();
}

export function makeSection(name = 'Politics') {
  counter += 1;
  return getDb()
    .insert(sections)
    .values({ name: `${name} ${counter}`, slug: `section-${counter}` })
    .returning()
    .get();
}

type ArticleOverrides = Partial<typeof articles.$inferInsert>;

export function makeArticle(authorId: number, overrides: ArticleOverrides = {}) {
  counter += 1;
  return getDb()
    .insert(articles)
    .values({
      slug: `article-${counter}`,
      title: `Article ${counter}`,
      body: '<p>Body</p>',
      authorId,
      status: 'published',
      publishedAt: Date.UTC(2019, 3, 26),
      ...overrides,
    })
    .returning()
    .get();
}

// Section and tag writes say what they changed in public, which is all the cache expiry needs; the
// editor's save and the bulk import find or create tags and sections by one rule.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { articles } from '@/db/schema';
import { importArticles } from '@/db/articles/imports';
import { createUser } from '@/db/people/users';
import { createSection, deleteSection, renameSection } from '@/db/taxonomy/sections';
import { createTag, deleteTag, listAllTags, listTagsForArticle, renameTag } from '@/db/taxonomy/tags';
import { makeArticle, makeStaff } from './editor-fixtures';

describe('what a section or tag write affects', () => {
  it('a section change reaches its own pages and the section list every page shows', async () => {
    const editor = await makeStaff('editor');
    const section = await createSection(editor, { name: 'Harbours' });
    const expected = { articles: [], sections: [section.id], sectionList: true };
    expect(section.affected).toEqual(expected);
    expect((await renameSection(editor, section.id, { name: 'Ports' })).affected).toEqual(expected);
    expect(await deleteSection(editor, section.id)).toEqual(expected);
  });

  it('a tag change reaches its page, and a deleted tag every article that had it', async () => {
    const editor = await makeStaff('editor');
    const tag = await createTag(editor, { name: 'Tides' });
    expect(tag.affected).toEqual({ articles: [], tags: [tag.id] });
    expect((await renameTag(editor, tag.id, { name: 'Spring tides' })).affected.tags).toEqual([tag.id]);
    const article = await makeArticle(editor, { tags: ['Spring tides', 'Moon'] });
    const affected = await deleteTag(editor, tag.id);
    expect(affected.tags).toEqual([tag.id]);
    expect(affected.articles).toEqual([
      expect.objectContaining({ id: article.id, authorId: editor.id, tagIds: [expect.any(Number)] }),
    ]);
  });
});

describe('finding or creating tags and sections', () => {
  it('an import joins the tag and section the newsroom already has, by name in any case or by slug', async () => {
    const editor = await makeStaff('editor');
    await createUser(
      {
        email: 'importer@example.test',
        name: 'Im P',
        fullName: 'Im Porter',
        role: 'journalist',
        password: null,
      },
      'operator',
    );
    const section = await createSection(editor, { name: 'Sci-Tech' });
    const article = await makeArticle(editor, { tags: ['Monsoon Season'] });
    const [imported] = importArticles({
      title: 'Rain gauges go digital',
      body: '<p>Every gauge now reports hourly.</p>',
      author: 'importer@example.test',
      section: 'sci tech',
      publishedAt: '2026-03-14T18:30:00+07:00',
      tags: ['monsoon season', 'Monsoon-Season'],
    });
    const tagIds = (id: number) => listTagsForArticle(id).map((t) => t.id);
    expect(tagIds(imported.id)).toEqual(tagIds(article.id));
    expect(listAllTags().filter((t) => t.slug === 'monsoon-season')).toHaveLength(1);
    const row = getDb()
      .select({ sectionId: articles.sectionId })
      .from(articles)
      .where(eq(articles.id, imported.id))
      .get();
    expect(row?.sectionId).toBe(section.id);
  });
});

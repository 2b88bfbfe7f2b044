// Editors manage sections and tags; bad input gets a specific message and changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { saveArticle } from '@/db/articles/editor';
import { ValidationError } from '@/lib/errors';
import type { Actor } from '@/db/people/permissions';
import {
  createSection,
  deleteSection,
  listSections,
  renameSection,
  reorderSections,
} from '@/db/taxonomy/sections';
import {
  createTag,
  deleteTag,
  getTagById,
  listAllTags,
  listTagsForArticle,
  renameTag,
} from '@/db/taxonomy/tags';
import { makeArticle, makeStaff } from './editor-fixtures';

let editor: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
});

async function fieldError(promise: Promise<unknown>, field: string): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors[field]?.join(' ') ?? '';
}

describe('sections', () => {
  it('are created with a slug from the name, at the end of the order', async () => {
    const a = await createSection(editor, { name: 'World News' });
    const b = await createSection(editor, { name: 'Science & Tech' });
    expect([a.slug, b.slug]).toEqual(['world-news', 'science-tech']);
    expect(
      listSections()
        .map((s) => s.id)
        .slice(-2),
    ).toEqual([a.id, b.id]);
  });

  it('refuse an empty name, a taken name in any case, and a bad slug', async () => {
    await createSection(editor, { name: 'Opinion' });
    expect(await fieldError(createSection(editor, { name: '  ' }), 'name')).toBe('Enter a section name');
    expect(await fieldError(createSection(editor, { name: 'OPINION' }), 'name')).toBe(
      'There is already a section called “Opinion”',
    );
    expect(await fieldError(createSection(editor, { name: 'Views', slug: 'Views!' }), 'slug')).toBe(
      'Use only lowercase letters a–z, digits and hyphens',
    );
  });

  it('keep their slug when renamed, unless given a new one', async () => {
    const s = await createSection(editor, { name: 'Enviroment' });
    expect((await renameSection(editor, s.id, { name: 'Environment' })).slug).toBe('enviroment');
    expect((await renameSection(editor, s.id, { name: 'Environment', slug: 'environment' })).slug).toBe(
      'environment',
    );
  });

  it('are reordered only with the complete list', async () => {
    const ids = listSections().map((s) => s.id);
    await reorderSections(editor, [...ids].reverse());
    expect(listSections().map((s) => s.id)).toEqual([...ids].reverse());
    await fieldError(reorderSections(editor, ids.slice(1)), 'order');
  });

  it('can be deleted only when empty', async () => {
    const s = await createSection(editor, { name: 'Crowded' });
    const a = await makeArticle(editor, { sectionId: s.id });
    expect(await fieldError(deleteSection(editor, s.id), 'section')).toBe(
      'This section still has 1 article; move it to another section first',
    );
    await saveArticle(editor, a.id, { sectionId: null, baseVersion: a.version });
    await deleteSection(editor, s.id);
    expect(listSections().some((x) => x.id === s.id)).toBe(false);
  });
});

describe('tags', () => {
  it('are created, renamed (keeping their slug) and refused when the name is taken', async () => {
    const t = await createTag(editor, { name: 'Elections 2029' });
    expect(t.slug).toBe('elections-2029');
    expect(await fieldError(createTag(editor, { name: 'elections 2029' }), 'name')).toBe(
      'There is already a tag called “Elections 2029”',
    );
    const renamed = await renameTag(editor, t.id, { name: 'General election 2029' });
    expect(renamed).toMatchObject({ name: 'General election 2029', slug: 'elections-2029' });
  });

  it('used on an article for the first time are created with a slug', async () => {
    const a = await makeArticle(editor, { tags: ['Monsoon Season', 'monsoon season', 'Rain'] });
    expect(listTagsForArticle(a.id).map((t) => [t.name, t.slug])).toEqual([
      ['Monsoon Season', 'monsoon-season'],
      ['Rain', 'rain'],
    ]);
    expect(listAllTags().filter((t) => t.slug === 'monsoon-season')).toHaveLength(1);
  });

  it('when deleted leave every article, and say which ones', async () => {
    const a = await makeArticle(editor, { tags: ['Short-lived'] });
    const [tag] = listTagsForArticle(a.id);
    expect((await deleteTag(editor, tag.id)).articles.map((r) => r.id)).toEqual([a.id]);
    expect(listTagsForArticle(a.id)).toEqual([]);
    expect(getTagById(tag.id)).toBeNull();
  });
});

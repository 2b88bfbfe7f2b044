// Issue 12 item 9: once readers may have seen an article's URL, editing its title never moves it;
// only an edit of the slug field does (the form's rule, and the server's guard behind it).
import { beforeAll, describe, expect, it } from 'vitest';
import { getArticleForEdit, saveArticle } from '@/db/articles/editor';
import { publishArticle, unpublishArticle } from '@/db/articles/workflow';
import type { Actor } from '@/db/people/permissions';
import { slugFollowsTitle } from '@/components/editor/use-article-values';
import { articleRow, makeArticle, makeStaff } from './editor-fixtures';

let editor: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
});

describe('a title edit on an article that has been public', () => {
  it('keeps the slug when the form sent the slug that follows the new title', async () => {
    const a = await makeArticle(editor, { title: 'Council votes on budget' });
    expect(articleRow(a.id).slug).toBe('council-votes-on-budget');
    await publishArticle(editor, a.id);
    const saved = await saveArticle(editor, a.id, {
      title: 'Council votes on the budget',
      slug: 'council-votes-on-the-budget',
      baseVersion: 1,
    });
    expect(saved.slug).toBe('council-votes-on-budget');
    expect(articleRow(a.id)).toMatchObject({
      title: 'Council votes on the budget',
      slug: 'council-votes-on-budget',
    });
  });

  it('keeps the slug of a pulled article too', async () => {
    const a = await makeArticle(editor, { title: 'Pulled story' });
    await publishArticle(editor, a.id);
    await unpublishArticle(editor, a.id);
    await saveArticle(editor, a.id, {
      title: 'Pulled story corrected',
      slug: 'pulled-story-corrected',
      baseVersion: 1,
    });
    expect(articleRow(a.id).slug).toBe('pulled-story');
  });

  it('still takes a slug the person typed', async () => {
    const a = await makeArticle(editor, { title: 'Harbour reopens' });
    await publishArticle(editor, a.id);
    await saveArticle(editor, a.id, {
      title: 'Harbour reopens at last',
      slug: 'harbour-open',
      baseVersion: 1,
    });
    expect(articleRow(a.id).slug).toBe('harbour-open');
  });

  it('is exposed to the editor as everPublished', async () => {
    const draft = await makeArticle(editor);
    const live = await makeArticle(editor);
    await publishArticle(editor, live.id);
    expect((await getArticleForEdit(editor, draft.id))?.everPublished).toBe(false);
    expect((await getArticleForEdit(editor, live.id))?.everPublished).toBe(true);
  });
});

describe('a title edit on a draft', () => {
  it('still moves a slug that followed the title', async () => {
    const a = await makeArticle(editor, { title: 'Draft headline' });
    await saveArticle(editor, a.id, {
      title: 'Better draft headline',
      slug: 'better-draft-headline',
      baseVersion: 1,
    });
    expect(articleRow(a.id).slug).toBe('better-draft-headline');
  });
});

describe('the form', () => {
  const initial = { title: 'Same words', slug: 'same-words' };
  it('lets the slug follow the title on a new article and an unpublished draft', () => {
    expect(slugFollowsTitle(initial, 'new')).toBe(true);
    expect(slugFollowsTitle(initial, 'edit', false)).toBe(true);
  });
  it('stops the slug following once the article has been public', () => {
    expect(slugFollowsTitle(initial, 'edit', true)).toBe(false);
  });
});

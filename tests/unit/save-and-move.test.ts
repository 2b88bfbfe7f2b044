// Save-and-publish, save-and-submit and save-and-schedule are one transaction: a refused move takes
// the save back with it, and the one Affected they return is all the cache expiry needs.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { saveArticle } from '@/db/articles/editor';
import { publishArticle, submitForReview, TransitionError } from '@/db/articles/workflow';
import { PermissionError, type Actor } from '@/db/people/permissions';
import { articleTags, revisions, transitions } from '@/db/schema';
import { articleRow, makeArticle, makeSection, makeStaff } from './editor-fixtures';

let journalist: Actor;
let editor: Actor;

beforeAll(async () => {
  journalist = await makeStaff('journalist');
  editor = await makeStaff('editor');
});

const HOUR = 60 * 60 * 1000;

/** Everything a save or a move writes about one article. */
function everything(id: number) {
  const db = getDb();
  return {
    row: articleRow(id),
    revisions: db.select().from(revisions).where(eq(revisions.articleId, id)).all(),
    transitions: db.select().from(transitions).where(eq(transitions.articleId, id)).all(),
    tags: db.select().from(articleTags).where(eq(articleTags.articleId, id)).all(),
  };
}

describe('a refused move takes the save back', () => {
  it('a journalist’s save-and-publish is refused and leaves the article exactly as before', async () => {
    const a = await makeArticle(journalist, { title: 'Before', tags: ['Harbour'] });
    const before = everything(a.id);
    const change = { title: 'After', tags: ['Weather'], baseVersion: 1 };
    await expect(saveArticle(journalist, a.id, change, { move: 'publish' })).rejects.toThrow(
      'Only an editor can publish an article.',
    );
    await expect(saveArticle(journalist, a.id, change, { move: 'publish' })).rejects.toThrow(PermissionError);
    expect(everything(a.id)).toEqual(before);
  });

  it('an editor’s save-and-publish of an article already published is refused, and nothing is saved', async () => {
    const a = await makeArticle(editor, { title: 'Live story' });
    await publishArticle(editor, a.id);
    const before = everything(a.id);
    await expect(
      saveArticle(editor, a.id, { title: 'Edited', baseVersion: 1 }, { move: 'publish' }),
    ).rejects.toThrow(TransitionError);
    expect(everything(a.id)).toEqual(before);
  });

  it('a save-and-submit of an article in review is refused, and nothing is saved', async () => {
    const a = await makeArticle(journalist);
    await submitForReview(journalist, a.id);
    const before = everything(a.id);
    await expect(
      saveArticle(editor, a.id, { summary: 'Tightened', baseVersion: 1 }, { move: 'submit' }),
    ).rejects.toThrow(/is in review, so it cannot be submitted for review/);
    expect(everything(a.id)).toEqual(before);
  });
});

describe('a save and its move together', () => {
  it('save-and-publish writes one new version and one transition, and names the article’s pages', async () => {
    const a = await makeArticle(journalist, { title: 'Draft title' });
    const saved = await saveArticle(
      editor,
      a.id,
      { title: 'Final title', baseVersion: 1 },
      { move: 'publish' },
    );
    expect([saved.version, saved.state]).toEqual([2, 'published']);
    const after = everything(a.id);
    expect([after.row.title, after.row.status, after.revisions.length]).toEqual([
      'Final title',
      'published',
      2,
    ]);
    expect(after.transitions.map((t) => t.toStatus)).toEqual(['draft', 'published']);
    expect(saved.affected.articles).toEqual([
      { id: a.id, authorId: journalist.id, sectionId: null, tagIds: [], storyId: a.id },
    ]);
  });

  it('save-and-schedule takes the publish time the save stored', async () => {
    const at = Date.now() + 3 * HOUR;
    const a = await makeArticle(editor);
    const saved = await saveArticle(editor, a.id, { publishedAt: at, baseVersion: 1 }, { move: 'publish' });
    expect(saved.state).toBe('scheduled');
    expect(articleRow(a.id).publishedAt).toBe(at);
  });

  it('save-and-submit sends the author’s changes to review; nothing public is affected', async () => {
    const a = await makeArticle(journalist);
    const saved = await saveArticle(
      journalist,
      a.id,
      { summary: 'Ready', baseVersion: 1 },
      { move: 'submit' },
    );
    expect(saved.state).toBe('review');
    expect(articleRow(a.id).summary).toBe('Ready');
    expect(saved.affected.articles).toEqual([]);
  });
});

describe('what a save affects in public', () => {
  it('moving a published article to another section names the lists it left and the ones it joined', async () => {
    const from = makeSection('Affected from');
    const to = makeSection('Affected to');
    const a = await makeArticle(editor, { sectionId: from });
    await publishArticle(editor, a.id);
    const saved = await saveArticle(editor, a.id, { sectionId: to, baseVersion: 1 });
    expect(saved.affected.articles.map((r) => r.sectionId)).toEqual([to, from]);
  });

  it('a draft’s save changes nothing public', async () => {
    const a = await makeArticle(journalist);
    const saved = await saveArticle(journalist, a.id, { title: 'Still a draft', baseVersion: 1 });
    expect(saved.affected.articles).toEqual([]);
  });
});

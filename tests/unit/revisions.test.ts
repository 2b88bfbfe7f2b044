import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { articleRefs } from '@/db/affected';
import { saveArticle, StaleVersionError } from '@/db/articles/editor';
import type { Actor } from '@/db/people/permissions';
import { diffRevision, listRevisions, restoreRevision } from '@/db/articles/revisions';
import { articles, revisions } from '@/db/schema';
import { articleRow, makeArticle, makeSection, makeStaff } from './editor-fixtures';

let journalist: Actor & { name: string };
let editor: Actor & { name: string };

beforeAll(async () => {
  journalist = await makeStaff('journalist', 'Sari Writer');
  editor = await makeStaff('editor', 'Tono Desk');
});

describe('revisions', () => {
  it('every save adds a revision with who saved it', async () => {
    const a = await makeArticle(journalist, { title: 'Rev one' });
    await saveArticle(journalist, a.id, { title: 'Rev two', baseVersion: 1 });
    await saveArticle(editor, a.id, { title: 'Rev three', baseVersion: 2 });
    const list = await listRevisions(journalist, a.id);
    expect(list.map((r) => [r.version, r.savedByName, r.isCurrent])).toEqual([
      [3, 'Tono Desk', true],
      [2, 'Sari Writer', false],
      [1, 'Sari Writer', false],
    ]);
    const rows = getDb().select().from(revisions).where(eq(revisions.articleId, a.id)).all();
    expect(rows.map((r) => r.title)).toEqual(['Rev one', 'Rev two', 'Rev three']);
  });

  it('a revision keeps section, author and tags', async () => {
    const sectionId = makeSection('Revision politics');
    const a = await makeArticle(editor, { tags: ['Budget', 'Jakarta'], sectionId, authorId: journalist.id });
    const [row] = getDb().select().from(revisions).where(eq(revisions.articleId, a.id)).all();
    expect(row).toMatchObject({ sectionId, authorId: journalist.id, savedBy: editor.id });
    expect(JSON.parse(row.tags)).toEqual(['Budget', 'Jakarta']);
  });
});

describe('diffs', () => {
  it('shows word changes in the title and block changes in the body against the current article', async () => {
    const a = await makeArticle(journalist, {
      title: 'Floods close the port',
      body: '<p>Heavy rain fell overnight.</p><p>The port is closed.</p>',
    });
    await saveArticle(journalist, a.id, {
      title: 'Floods close the northern port',
      body: '<p>Heavy rain fell overnight.</p><h2>Update</h2><p>The port reopened at noon.</p>',
      baseVersion: 1,
    });
    const diff = (await diffRevision(journalist, a.id, 1))!;
    const title = diff.fields.find((f) => f.field === 'title')!;
    expect(title.changed).toBe(true);
    expect(title.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['northern']);
    expect(title.parts.some((p) => p.removed)).toBe(false);
    const body = diff.fields.find((f) => f.field === 'body')!;
    expect(body.parts).toEqual([
      { value: 'Heavy rain fell overnight.' },
      { value: 'The port is closed.', removed: true },
      { value: 'Update', added: true },
      { value: 'The port reopened at noon.', added: true },
    ]);
    expect(diff.fields.find((f) => f.field === 'summary')!.changed).toBe(false);
  });

  it('shows a changed link target in the body', async () => {
    const a = await makeArticle(journalist, {
      body: '<p>See <a href="https://a.example">the report</a>.</p>',
    });
    await saveArticle(journalist, a.id, {
      body: '<p>See <a href="https://b.example">the report</a>.</p>',
      baseVersion: 1,
    });
    const body = (await diffRevision(journalist, a.id, 1))!.fields.find((f) => f.field === 'body')!;
    expect(body.parts).toEqual([
      { value: 'See the report (https://a.example).', removed: true },
      { value: 'See the report (https://b.example).', added: true },
    ]);
  });

  it('is null for a version that does not exist', async () => {
    const a = await makeArticle(journalist);
    expect(await diffRevision(journalist, a.id, 7)).toBeNull();
  });
});

describe('restoring', () => {
  it('creates a new revision with the old content and keeps the newer ones', async () => {
    const a = await makeArticle(journalist, {
      title: 'Original',
      body: '<p>Original body.</p>',
      tags: ['Old tag'],
    });
    await saveArticle(journalist, a.id, {
      title: 'Rewritten',
      body: '<p>New body.</p>',
      tags: ['New tag'],
      baseVersion: 1,
    });
    const restored = await restoreRevision(journalist, a.id, 1, 2);
    expect(restored.version).toBe(3);
    expect(articleRefs(getDb(), [a.id])[0].tagIds).toHaveLength(1);
    const row = articleRow(a.id);
    expect([row.title, row.body, row.version]).toEqual(['Original', '<p>Original body.</p>', 3]);
    expect((await listRevisions(journalist, a.id)).map((r) => r.version)).toEqual([3, 2, 1]);
    const diffWithRestored = (await diffRevision(journalist, a.id, 1))!;
    expect(diffWithRestored.fields.every((f) => !f.changed)).toBe(true);
  });

  it('is refused when based on an old version, like any save', async () => {
    const a = await makeArticle(journalist, { title: 'First' });
    await saveArticle(journalist, a.id, { title: 'Second', baseVersion: 1 });
    await saveArticle(editor, a.id, { title: 'Third', baseVersion: 2 });
    await expect(restoreRevision(journalist, a.id, 1, 2)).rejects.toThrow(StaleVersionError);
    expect(articleRow(a.id).title).toBe('Third');
  });

  it('an article imported without revisions gets its current state kept as a revision on first save', async () => {
    const a = await makeArticle(journalist, { title: 'Imported' });
    getDb().delete(revisions).where(eq(revisions.articleId, a.id)).run();
    getDb().update(articles).set({ version: 5 }).where(eq(articles.id, a.id)).run();
    await saveArticle(journalist, a.id, { title: 'Edited after import', baseVersion: 5 });
    expect((await listRevisions(journalist, a.id)).map((r) => r.version)).toEqual([6, 5]);
    await restoreRevision(journalist, a.id, 5, 6);
    expect(articleRow(a.id).title).toBe('Imported');
  });
});

// The full-text index follows every write path: the editor's create and save, publish, unpublish,
// import, restore, a byline or tag rename, a delete, and plain SQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { saveArticle } from '@/db/articles/editor';
import { importArticles } from '@/db/articles/imports';
import { restoreRevision } from '@/db/articles/revisions';
import { searchArticles } from '@/db/articles/search';
import { syncSearchIndex } from '@/db/articles/search-index';
import { publishArticle, unpublishArticle } from '@/db/articles/workflow';
import type { Actor } from '@/db/people/permissions';
import { articles, tags, users } from '@/db/schema';
import { makeArticle, makeStaff } from './editor-fixtures';

let editor: Actor & { name: string };
const later = () => Date.now() + 60_000;
const found = (q: string) => searchArticles(q, { now: later() }).items.map((a) => a.id);

beforeAll(async () => {
  editor = await makeStaff('editor', 'Ines Q');
});

describe('the search index follows every write path', () => {
  it('a published article is found by title, summary, body text, byline and tag; a draft is not', async () => {
    const a = await makeArticle(editor, {
      title: 'Lighthouse keeper retires',
      summary: 'Forty winters on the cape',
      body: '<p>She climbed <strong>ninety-two</strong> steps every evening.</p>',
      tags: ['Coastline'],
    });
    expect(found('lighthouse')).toEqual([]);
    await publishArticle(editor, a.id);
    for (const q of ['lighthouse', 'winters cape', 'ninety', 'Ines', 'coastline'])
      expect(found(q)).toEqual([a.id]);
  });

  it('indexes the body as text: tag names and link targets are not words', async () => {
    const a = await makeArticle(editor, {
      body: '<p>See <a href="https://zebrafish.example/x">the report</a>.</p>',
    });
    await publishArticle(editor, a.id);
    expect(found('zebrafish')).toEqual([]);
    expect(found('strong')).toEqual([]);
    expect(found('report')).toContain(a.id);
  });

  it('an edit replaces the old words with the new ones', async () => {
    const a = await makeArticle(editor, { title: 'Ferry timetable changes' });
    await publishArticle(editor, a.id);
    expect(found('ferry timetable')).toEqual([a.id]);
    await saveArticle(editor, a.id, { title: 'Tram timetable changes', baseVersion: 1 });
    expect(found('ferry')).toEqual([]);
    expect(found('tram timetable')).toEqual([a.id]);
  });

  it('an unpublished article leaves the results, and a restore brings old words back', async () => {
    const a = await makeArticle(editor, { title: 'Orchid show opens' });
    await publishArticle(editor, a.id);
    const saved = await saveArticle(editor, a.id, { title: 'Cactus show opens', baseVersion: 1 });
    expect(found('orchid')).toEqual([]);
    await restoreRevision(editor, a.id, 1, saved.version);
    expect(found('orchid')).toEqual([a.id]);
    await unpublishArticle(editor, a.id);
    expect(found('orchid')).toEqual([]);
  });

  it('an imported article is found at once', () => {
    const [imported] = importArticles({
      title: 'Glacier museum opens its doors',
      body: '<p>Ice cores from the pass.</p>',
      author: getDb().select({ email: users.email }).from(users).where(eq(users.id, editor.id)).get()!.email,
      section: 'Science',
      summary: 'A new museum.',
      publishedAt: '2026-01-02T10:00:00+07:00',
      tags: ['Mountains'],
    });
    expect(found('glacier mountains')).toEqual([imported.id]);
  });

  it('a byline or tag rename, a plain SQL update and a delete reach the index', async () => {
    const writer = await makeStaff('journalist', 'Oskar V');
    const a = await makeArticle(writer, { title: 'Harbour seals counted', tags: ['Wildlife census'] });
    await publishArticle(editor, a.id);
    const db = getDb();
    db.update(users)
      .set({ name: 'Oskara V', fullName: 'Oskara V Full' })
      .where(eq(users.id, writer.id))
      .run();
    db.update(tags).set({ name: 'Marine census' }).where(eq(tags.name, 'Wildlife census')).run();
    expect(found('oskara marine')).toEqual([a.id]);
    expect(found('wildlife')).toEqual([]);
    db.$client.prepare('UPDATE articles SET body = ? WHERE id = ?').run('<p>Walruses too.</p>', a.id);
    expect(found('walruses')).toEqual([a.id]);
    db.delete(articles).where(eq(articles.id, a.id)).run();
    expect(found('walruses')).toEqual([]);
    expect(
      db.$client.prepare('SELECT count(*) AS n FROM search_documents WHERE article_id = ?').get(a.id),
    ).toEqual({
      n: 0,
    });
  });

  it('an upsert that renames a tag twice queues its articles without a conflict', async () => {
    const a = await makeArticle(editor, { title: 'Kite festival', tags: ['Kites'] });
    await publishArticle(editor, a.id);
    const upsert = (name: string) =>
      getDb()
        .insert(tags)
        .values({ name: 'Kites', slug: 'kites' })
        .onConflictDoUpdate({ target: [tags.editionId, tags.name], set: { name } })
        .run();
    upsert('Kites');
    expect(() => upsert('Kite flying')).not.toThrow();
    expect(found('kite flying festival')).toEqual([a.id]);
  });

  it('a view or a vote counter update queues nothing', async () => {
    const a = await makeArticle(editor);
    await publishArticle(editor, a.id);
    syncSearchIndex();
    getDb().$client.prepare('UPDATE articles SET views = views + 1 WHERE id = ?').run(a.id);
    expect(syncSearchIndex()).toBe(0);
  });

  it('the index passes FTS5’s own integrity check after all of the above', () => {
    syncSearchIndex();
    expect(() =>
      getDb()
        .$client.prepare("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")
        .run(),
    ).not.toThrow();
  });
});

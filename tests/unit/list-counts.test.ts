// Issue 9: the counters behind the public lists' page counts (list_counts per section and tag,
// article_counts per author) stay exact through every write path, because triggers keep them in the
// writing transaction; and a list's total, counter less its scheduled rows, is the number of public
// articles at any moment, including after a scheduled time passes with no write at all.
import { readFileSync } from 'node:fs';
import { FIRST_EDITION_ID } from '@/db/schema';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { saveArticle } from '@/db/articles/editor';
import { importArticles } from '@/db/articles/imports';
import { listByAuthor, listBySection, listByTag, listLatest } from '@/db/articles/listings';
import { publishArticle, submitForReview, unpublishArticle } from '@/db/articles/workflow';
import type { Actor } from '@/db/people/permissions';
import { createUser } from '@/db/people/users';
import { deleteSection } from '@/db/taxonomy/sections';
import { deleteTag } from '@/db/taxonomy/tags';
import { articleRow, makeArticle, makeSection, makeStaff } from './editor-fixtures';

const HOUR = 3_600_000;
let journalist: Actor;
let other: Actor;
let editor: Actor;
let world: number;
let sport: number;

beforeAll(async () => {
  journalist = await makeStaff('journalist');
  other = await makeStaff('journalist');
  editor = await makeStaff('editor');
  world = makeSection('World');
  sport = makeSection('Sport');
  await createUser(
    {
      email: 'importer@example.test',
      name: 'Imp I',
      fullName: 'Imp Importer',
      role: 'journalist',
      password: null,
    },
    'operator',
  );
});

const sql = () => getDb().$client;

function tagId(name: string): number {
  return (sql().prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number }).id;
}

/** list_counts against the articles themselves (stored status 'published', scheduled included). */
function countersMatchTheArticles() {
  const truth = sql()
    .prepare(
      `SELECT 'section' AS list, section_id AS listId, COUNT(*) AS n FROM articles
         WHERE status = 'published' AND section_id IS NOT NULL GROUP BY section_id
       UNION ALL
       SELECT 'tag', t.tag_id, COUNT(*) FROM article_tags t JOIN articles a ON a.id = t.article_id
         WHERE a.status = 'published' GROUP BY t.tag_id
       ORDER BY 1, 2`,
    )
    .all();
  const kept = sql()
    .prepare('SELECT list, list_id AS listId, n FROM list_counts WHERE n <> 0 ORDER BY 1, 2')
    .all();
  expect(kept).toEqual(truth);
}

/** Every public list's total is the number of public articles in it at `now`, row by row. */
function totalsMatchPublicRows(now: number) {
  const pub = `a.status = 'published' AND a.published_at <= ${now}`;
  const truth = (where: string) =>
    (sql().prepare(`SELECT COUNT(*) AS n FROM articles a WHERE ${pub} AND ${where}`).get() as { n: number })
      .n;
  expect(listLatest(FIRST_EDITION_ID, { now }).total).toBe(truth('1'));
  for (const { id } of sql().prepare('SELECT id FROM sections').all() as { id: number }[])
    expect(listBySection(id, { now }).total, `section ${id}`).toBe(truth(`a.section_id = ${id}`));
  for (const { id } of sql().prepare('SELECT id FROM users').all() as { id: number }[])
    expect(listByAuthor(id, FIRST_EDITION_ID, { now }).total, `author ${id}`).toBe(
      truth(`a.author_id = ${id}`),
    );
  for (const { id } of sql().prepare('SELECT id FROM tags').all() as { id: number }[])
    expect(listByTag(id, { now }).total, `tag ${id}`).toBe(
      truth(`a.id IN (SELECT article_id FROM article_tags WHERE tag_id = ${id})`),
    );
}

function exact(now: number) {
  countersMatchTheArticles();
  totalsMatchPublicRows(now);
}

describe('list counters kept by triggers', () => {
  it('follow create, review, publish, schedule and unpublish', async () => {
    const now = Date.now();
    const a = await makeArticle(journalist, { sectionId: world, tags: ['Rivers'] });
    const b = await makeArticle(journalist, { sectionId: world, tags: ['Rivers', 'Ports'] });
    const c = await makeArticle(other, { sectionId: sport, tags: ['Ports'] });
    exact(now);
    await submitForReview(journalist, a.id, now);
    await publishArticle(editor, b.id, { now });
    exact(now);
    // Scheduled: counted as stored-published, not yet public, until its time passes with no write.
    await publishArticle(editor, c.id, { publishedAt: now + HOUR, now });
    exact(now);
    expect(listBySection(sport, { now }).total).toBe(0);
    expect(listBySection(sport, { now: now + HOUR }).total).toBe(1);
    expect(listByTag(tagId('Ports'), { now: now + HOUR }).total).toBe(2);
    exact(now + HOUR);
    await unpublishArticle(editor, b.id, now + 1);
    exact(now + 1);
    await publishArticle(editor, b.id, { now: now + 2 });
    exact(now + 2);
  });

  it('follow edits of a published article: section, byline, tags', async () => {
    const now = Date.now();
    const a = await makeArticle(journalist, { sectionId: world, tags: ['Rivers', 'Bridges'] });
    await publishArticle(editor, a.id, { now });
    exact(now);
    const version = () => articleRow(a.id).version;
    await saveArticle(editor, a.id, { sectionId: sport, baseVersion: version() });
    exact(now);
    await saveArticle(editor, a.id, { sectionId: null, baseVersion: version() });
    exact(now);
    await saveArticle(editor, a.id, { sectionId: world, authorId: other.id, baseVersion: version() });
    exact(now);
    await saveArticle(editor, a.id, { tags: ['Bridges', 'Ferries'], baseVersion: version() });
    exact(now);
    await saveArticle(editor, a.id, { tags: [], baseVersion: version() });
    exact(now);
  });

  it('follow imports (whose tag inserts say ON CONFLICT DO NOTHING) and deletes', async () => {
    const [imported] = importArticles([
      {
        title: 'Imported with tags',
        body: '<p>Old story.</p>',
        author: 'importer@example.test',
        section: 'World',
        publishedAt: '2020-01-02T03:04:05Z',
        tags: ['Rivers', 'Archive'],
      },
      {
        title: 'Imported in a new section',
        body: '<p>Older story.</p>',
        author: 'importer@example.test',
        section: 'Letters',
        publishedAt: '2019-01-02T03:04:05Z',
        tags: ['Archive'],
      },
    ]);
    const now = Date.now();
    exact(now);
    expect(listByTag(tagId('Archive'), { now }).total).toBe(2);
    sql().prepare('DELETE FROM articles WHERE id = ?').run(imported.id);
    exact(now);
    const archive = tagId('Archive');
    await deleteTag(editor, archive);
    exact(now);
    expect(
      sql().prepare("SELECT 1 FROM list_counts WHERE list = 'tag' AND list_id = ?").get(archive),
    ).toBeUndefined();
  });

  it('follow plain SQL, including a published row without a publish time', () => {
    const now = Date.now();
    const insert = sql().prepare(
      `INSERT INTO articles (slug, title, author_id, section_id, status, published_at)
       VALUES (?, 'Raw', ?, ?, 'published', ?) RETURNING id`,
    );
    const timeless = insert.get('raw-timeless', journalist.id, world, null) as { id: number };
    const raw = insert.get('raw-timed', journalist.id, world, now - HOUR) as { id: number };
    sql()
      .prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)')
      .run(timeless.id, tagId('Rivers'));
    exact(now);
    sql().prepare("UPDATE articles SET status = 'draft' WHERE id = ?").run(raw.id);
    sql()
      .prepare('UPDATE articles SET published_at = ? WHERE id = ?')
      .run(now - HOUR, timeless.id);
    exact(now);
  });

  it('drop an emptied section with the section', async () => {
    const empty = makeSection('Empty');
    const a = await makeArticle(journalist, { sectionId: empty });
    await publishArticle(editor, a.id, { now: Date.now() });
    await saveArticle(editor, a.id, { sectionId: world, baseVersion: articleRow(a.id).version });
    await deleteSection(editor, empty);
    exact(Date.now());
    expect(
      sql().prepare("SELECT 1 FROM list_counts WHERE list = 'section' AND list_id = ?").get(empty),
    ).toBeUndefined();
  });

  it('are rebuilt exactly by the migration when a backup from before them is restored', () => {
    // A restored older database gets its counters from 0006's backfill; run it on this one.
    const migration = readFileSync(path.resolve('db/migrations/0006_list_counts_and_titles.sql'), 'utf8');
    const backfill = migration
      .split('--> statement-breakpoint')
      .filter((s) => /^\s*(--[^\n]*\n\s*)*INSERT INTO `list_counts`/.test(s));
    expect(backfill).toHaveLength(2);
    sql().exec('DELETE FROM list_counts');
    for (const statement of backfill) sql().exec(statement);
    exact(Date.now());
  });
});

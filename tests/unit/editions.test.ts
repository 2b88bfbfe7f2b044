// Issue 11: editions in the data layer. Admins alone add, rename and choose the default edition, and
// only while that keeps every published address working; each edition has its own sections, tags,
// lists and author counts; the import files articles in an edition and links translations, naming
// every bad value and writing nothing.
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createArticle } from '@/db/articles/editor';
import { importArticles } from '@/db/articles/imports';
import { buildSitemapFile } from '@/app/sitemaps/build';
import { listByAuthor, listBySection, listLatest } from '@/db/articles/listings';
import { listStoryTellings } from '@/db/articles/translations';
import { publishArticle } from '@/db/articles/workflow';
import {
  createEdition,
  getDefaultEdition,
  listEditions,
  renameEdition,
  setDefaultEdition,
  type Edition,
} from '@/db/editions/editions';
import type { Actor } from '@/db/people/permissions';
import { createUser } from '@/db/people/users';
import { articles, FIRST_EDITION_ID } from '@/db/schema';
import { createSection, listSections } from '@/db/taxonomy/sections';
import { ValidationError } from '@/lib/errors';
import { makeStaff } from './editor-fixtures';

let admin: Actor;
let editor: Actor;
let indonesian: Edition;
let arabic: Edition;

const articleCount = () => getDb().select({ n: count() }).from(articles).get()!.n;

/** The field errors of a refused call. */
async function refusal(call: () => unknown): Promise<Record<string, string[]>> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fieldErrors;
  }
  throw new Error('expected a refusal');
}

beforeAll(async () => {
  admin = await makeStaff('admin');
  editor = await makeStaff('editor');
  await createUser(
    {
      email: 'desk@example.test',
      name: 'Desk D',
      fullName: 'Desk Writer',
      role: 'journalist',
      password: null,
    },
    'operator',
  );
  indonesian = await createEdition(admin, { tag: 'ID', name: 'Bahasa Indonesia' });
  arabic = await createEdition(admin, { tag: 'ar', name: 'العربية' });
});

describe('editions', () => {
  it('start with English as the default and take new ones in canonical case, with their direction', () => {
    expect(getDefaultEdition()).toMatchObject({ id: FIRST_EDITION_ID, tag: 'en', isDefault: true });
    expect(indonesian).toMatchObject({ tag: 'id', direction: 'ltr', isDefault: false });
    expect(arabic).toMatchObject({ tag: 'ar', direction: 'rtl' });
    expect(listEditions().map((e) => e.tag)).toEqual(['en', 'id', 'ar']);
  });

  it('are managed by admins only', async () => {
    await expect(createEdition(editor, { tag: 'fr', name: 'Français' })).rejects.toThrow(/Only an admin/);
    await expect(renameEdition(editor, indonesian.id, 'Indonesia')).rejects.toThrow(/Only an admin/);
    await expect(setDefaultEdition(editor, indonesian.id)).rejects.toThrow(/Only an admin/);
  });

  it('refuse a tag that is not a language tag, shadows a path, or is taken, naming the field', async () => {
    expect(await refusal(() => createEdition(admin, { tag: 'not a tag', name: 'X' }))).toEqual({
      tag: ['“not a tag” is not a language tag (BCP 47), e.g. “id”, “ar” or “pt-BR”'],
    });
    expect((await refusal(() => createEdition(admin, { tag: 'api', name: 'X' }))).tag[0]).toMatch(
      /already a path/,
    );
    expect((await refusal(() => createEdition(admin, { tag: 'Id', name: 'X' }))).tag[0]).toMatch(
      /already an edition for “id”: Bahasa Indonesia/,
    );
    expect(Object.keys(await refusal(() => createEdition(admin, { tag: 'fr', name: ' ' })))).toEqual([
      'name',
    ]);
    expect(listEditions()).toHaveLength(3);
  });

  it('rename without changing any address', async () => {
    const renamed = await renameEdition(admin, arabic.id, 'العربية الفصحى');
    expect(renamed).toMatchObject({ tag: 'ar', name: 'العربية الفصحى' });
    await renameEdition(admin, arabic.id, 'العربية');
  });

  it('move the default only while neither edition has published anything', async () => {
    const french = await createEdition(admin, { tag: 'fr', name: 'Français' });
    const writer = await makeStaff('editor');
    const politique = await createSection(writer, { name: 'Politique', editionId: french.id });
    const { id } = await createArticle(writer, {
      title: 'Bonjour',
      body: '<p>Un.</p>',
      editionId: french.id,
      sectionId: politique.id,
    });
    // This file's database has published nothing in English yet, and French only a draft.
    expect(await setDefaultEdition(admin, french.id)).toMatchObject({ tag: 'fr', isDefault: true });
    expect(getDefaultEdition().tag).toBe('fr');
    await setDefaultEdition(admin, FIRST_EDITION_ID);
    await publishArticle(writer, id, { publishedAt: Date.now() - 1000 });
    const refused = await refusal(() => setDefaultEdition(admin, french.id));
    expect(refused.edition[0]).toMatch(/Français has published articles, whose addresses would change/);
    expect(getDefaultEdition().tag).toBe('en');
  });
});

describe('an edition’s own sections, tags and lists', () => {
  it('files a section in its edition and allows the same name in another', async () => {
    const politik = await createSection(editor, { name: 'Politik', editionId: indonesian.id });
    const again = await createSection(editor, { name: 'Politik', editionId: arabic.id, slug: 'politik-ar' });
    expect(politik.editionId).toBe(indonesian.id);
    expect(again.editionId).toBe(arabic.id);
    expect(
      (await refusal(() => createSection(editor, { name: 'politik', editionId: indonesian.id }))).name[0],
    ).toMatch(/already a section called “Politik”/);
    expect(listSections(indonesian.id).map((s) => s.name)).toEqual(['Politik']);
  });

  it('refuses a section of another edition for an article, and keeps lists and counts per edition', async () => {
    const sport = await createSection(editor, { name: 'Olahraga', editionId: indonesian.id });
    const english = await createSection(editor, { name: 'Sport' });
    const refused = await refusal(() =>
      createArticle(editor, {
        title: 'Salah',
        body: '<p>x</p>',
        editionId: indonesian.id,
        sectionId: english.id,
      }),
    );
    expect(refused.sectionId).toEqual(['Choose a section of the article’s edition from the list']);

    await createArticle(editor, { title: 'City win', body: '<p>Won.</p>', tags: ['Sport'] });
    const { id } = await createArticle(editor, {
      title: 'Tim kota menang',
      body: '<p>Menang.</p>',
      editionId: indonesian.id,
      sectionId: sport.id,
      tags: ['Sepak Bola', 'Sport'],
    });
    await publishArticle(editor, id, { publishedAt: Date.now() - 1000 });
    const now = Date.now();
    expect(listLatest(indonesian.id, { now }).items.map((a) => a.id)).toContain(id);
    expect(listLatest(FIRST_EDITION_ID, { now }).items.map((a) => a.id)).not.toContain(id);
    expect(listBySection(sport.id, { now }).total).toBe(1);
    expect(listByAuthor(editor.id, indonesian.id, { now }).items.map((a) => a.id)).toEqual([id]);
    expect(listByAuthor(editor.id, FIRST_EDITION_ID, { now }).items.map((a) => a.id)).not.toContain(id);

    // Tags are the edition's own: "Sport" here is not the English tag of the same name.
    const tagRows = getDb()
      .$client.prepare(
        'SELECT t.name, t.slug, t.edition_id AS e FROM tags t JOIN article_tags x ON x.tag_id = t.id WHERE x.article_id = ?',
      )
      .all(id) as { name: string; slug: string; e: number }[];
    expect(tagRows.every((t) => t.e === indonesian.id)).toBe(true);
    expect(tagRows.find((t) => t.name === 'Sport')!.slug).toBe('sport-id');
  });
});

describe('import with editions', () => {
  const item = (overrides: Record<string, unknown> = {}) => ({
    title: 'Ferries ordered',
    body: '<p>Four ferries.</p>',
    author: 'desk@example.test',
    section: 'Business',
    publishedAt: '2026-03-14T18:30:00+07:00',
    ...overrides,
  });

  it('files an article in the named edition and links its translation', () => {
    const [source] = importArticles([item()]);
    const [translation] = importArticles([
      item({
        title: 'Feri dipesan',
        section: 'Ekonomi',
        edition: 'id',
        translationOf: `https://news.example/articles/${source.slug}`,
      }),
    ]);
    const row = getDb()
      .$client.prepare('SELECT edition_id AS e, translation_of AS t FROM articles WHERE id = ?')
      .get(translation.id);
    expect(row).toEqual({ e: indonesian.id, t: source.id });
    const tellings = listStoryTellings(source.id, Date.now());
    expect(tellings.map((t) => [t.edition.tag, t.slug])).toEqual([
      ['en', source.slug],
      ['id', translation.slug],
    ]);

    // The sitemap lists each at its own address, with the other and x-default as alternates.
    const base = new URL('https://news.example');
    const xml = buildSitemapFile('articles-2026-03-1.xml', base, Date.now())!;
    const en = `https://news.example/articles/${source.slug}`;
    const id = `https://news.example/id/articles/${translation.slug}`;
    expect(xml).toContain(`<loc>${id}</loc>`);
    for (const [lang, href] of [
      ['en', en],
      ['id', id],
      ['x-default', en],
    ])
      expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="${lang}" href="${href}"/>`);
  });

  it('names every bad edition or translation value and imports nothing', async () => {
    const [source] = importArticles([item({ title: 'Bridge reopens' })]);
    const before = articleCount();
    const errors = await refusal(() =>
      importArticles([
        item({ title: 'A', edition: 'xx' }),
        item({ title: 'B', edition: 'id', translationOf: 'no-such-article' }),
        item({ title: 'C', translationOf: source.slug }),
        item({ title: 'D', edition: 'ar', translationOf: source.slug }),
        item({ title: 'E', edition: 'ar', translationOf: `/articles/${source.slug}` }),
      ]),
    );
    expect(errors['item 1: edition'][0]).toMatch(
      /no edition has the tag “xx” \(this newsroom has: en, id, ar/,
    );
    expect(errors['item 2: translationOf']).toEqual(['no article has the slug “no-such-article”']);
    expect(errors['item 3: translationOf'][0]).toMatch(/is in the same edition \(en\)/);
    expect(errors['item 4: translationOf']).toBeUndefined();
    expect(errors['item 5: translationOf']).toEqual(['the story already has a version in “ar” in this file']);
    expect(articleCount()).toBe(before);
  });
});

// Issue 11, in the newsroom: "Translate" makes a linked draft in another edition from the source's
// text; every bad request is named and writes nothing; a desk-limited writer translates only into
// their editions; a source saved after the translation flags it until the translator marks it
// current; the dashboard filters by edition and names each story's other editions in one indexed query.
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { saveArticle } from '@/db/articles/editor';
import { listDashboardArticles } from '@/db/articles/dashboard';
import { publishArticle, unpublishArticle } from '@/db/articles/workflow';
import { tagsOf } from '@/app/cache-tags';
import { ArticleNotFoundError } from '@/db/articles/access';
import {
  createTranslation,
  markTranslationCurrent,
  SourceMovedError,
  translationStatus,
} from '@/db/articles/translate';
import { getSourceChanges, getTranslationPanel, listTranslateTargets } from '@/db/articles/translation-view';
import { createEdition, type Edition } from '@/db/editions/editions';
import { PermissionError, type Actor } from '@/db/people/permissions';
import { articles, FIRST_EDITION_ID, images, revisions, staffEditions, transitions } from '@/db/schema';
import { ValidationError } from '@/lib/errors';
import { captureQueries, explain } from '@/bench/query-plans';
import { articleRow, makeArticle, makeStaff } from './editor-fixtures';

let admin: Actor;
let editor: Actor;
let journalist: Actor;
let indonesian: Edition;
let arabic: Edition;

const rowCounts = () => {
  const db = getDb();
  return {
    articles: db.select({ n: count() }).from(articles).get()!.n,
    revisions: db.select({ n: count() }).from(revisions).get()!.n,
    transitions: db.select({ n: count() }).from(transitions).get()!.n,
  };
};

/** The refusal a call throws, checking that nothing was written. */
async function refused(call: () => Promise<unknown>): Promise<Error> {
  const before = rowCounts();
  const error = await call().then(
    () => new Error('expected a refusal'),
    (e: Error) => e,
  );
  expect(rowCounts()).toEqual(before);
  return error;
}

beforeAll(async () => {
  admin = await makeStaff('admin');
  editor = await makeStaff('editor', 'Rina Editor');
  journalist = await makeStaff('journalist', 'Tono Reporter');
  indonesian = await createEdition(admin, { tag: 'id', name: 'Bahasa Indonesia' });
  arabic = await createEdition(admin, { tag: 'ar', name: 'العربية' });
});

describe('creating a translation', () => {
  it('copies the text and the lead image into a draft of the other edition, linked to the story', async () => {
    const source = await makeArticle(editor, {
      title: 'Floods close the river road',
      summary: 'Water rose overnight.',
      body: '<p>The road is <strong>closed</strong>.</p>',
      leadImageCaption: 'The river at dawn',
    });
    await saveArticle(editor, source.id, { title: 'Floods close the river road again', baseVersion: 1 });
    // The editor's photo: the journalist may not pick it for an article of their own, but the story's is fine.
    const image = getDb()
      .insert(images)
      .values({
        key: 'river',
        mime: 'image/png',
        width: 10,
        height: 10,
        widths: '[10]',
        uploadedBy: editor.id,
      })
      .returning({ id: images.id })
      .get();
    getDb().update(articles).set({ leadImageId: image.id }).where(eq(articles.id, source.id)).run();
    await publishArticle(editor, source.id);
    const made = await createTranslation(journalist, source.id, indonesian.id);
    const row = articleRow(made.id);
    const src = articleRow(source.id);
    expect(row).toMatchObject({
      title: src.title,
      summary: 'Water rose overnight.',
      body: src.body,
      leadImageId: image.id,
      leadImageCaption: 'The river at dawn',
      editionId: indonesian.id,
      translationOf: source.id,
      translationSourceVersion: 2,
      status: 'draft',
      authorId: journalist.id,
      createdBy: journalist.id,
      sectionId: null,
      version: 1,
      publishedAt: null,
    });
    expect(made.slug).toBe('floods-close-the-river-road-again-id');
    expect(row.slug).toBe(made.slug);
    const history = getDb().select().from(transitions).where(eq(transitions.articleId, made.id)).all();
    expect(history).toMatchObject([{ fromStatus: 'new', toStatus: 'draft', actorId: journalist.id }]);
    // The creation row says what it was translated from, and from which version.
    expect(history[0].comment).toBe(
      'Translation of “Floods close the river road again” (version 2 of the source)',
    );
    expect(getDb().select().from(revisions).where(eq(revisions.articleId, made.id)).all()).toHaveLength(1);
    expect(translationStatus(made.id)).toEqual({
      sourceId: source.id,
      sourceVersion: 2,
      madeFromVersion: 2,
      stale: false,
    });
  });

  it('links a translation of a translation to the story root, with the root’s version', async () => {
    const root = await makeArticle(editor, { title: 'Market prices steady' });
    const first = await createTranslation(editor, root.id, indonesian.id);
    const second = await createTranslation(editor, first.id, arabic.id);
    expect(articleRow(second.id)).toMatchObject({ translationOf: root.id, translationSourceVersion: 1 });
    expect(second.slug).toMatch(/-ar$/);
  });

  it('makes the slug unique when the usual one is taken', async () => {
    const a = await makeArticle(editor, { title: 'Twin headline' });
    const b = await makeArticle(editor, { title: 'Twin headline' });
    expect((await createTranslation(editor, a.id, indonesian.id)).slug).toBe('twin-headline-id');
    expect((await createTranslation(editor, b.id, indonesian.id)).slug).toBe('twin-headline-id-2');
  });

  it('refuses an unknown source, an unknown edition and the source’s own edition, writing nothing', async () => {
    const source = await makeArticle(editor, { title: 'Bridge reopens' });
    expect(await refused(() => createTranslation(editor, 999_999, indonesian.id))).toBeInstanceOf(
      ArticleNotFoundError,
    );
    const unknown = await refused(() => createTranslation(editor, source.id, 999));
    expect((unknown as ValidationError).fieldErrors).toEqual({
      editionId: ['Choose an edition from the list'],
    });
    const own = await refused(() => createTranslation(editor, source.id, FIRST_EDITION_ID));
    expect((own as ValidationError).fieldErrors.editionId).toEqual([
      '“Bridge reopens” is already in English: choose another edition',
    ]);
  });

  it('refuses an edition the story is already told in, naming that telling', async () => {
    const source = await makeArticle(editor, { title: 'School term starts' });
    const first = await createTranslation(editor, source.id, indonesian.id);
    getDb().update(articles).set({ title: 'Tahun ajaran dimulai' }).where(eq(articles.id, first.id)).run();
    const again = await refused(() => createTranslation(editor, source.id, indonesian.id));
    expect((again as ValidationError).fieldErrors.editionId).toEqual([
      'This story is already told in Bahasa Indonesia: “Tahun ajaran dimulai”',
    ]);
    // From the translation, back into the source's edition: the source tells it there.
    const back = await refused(() => createTranslation(editor, first.id, FIRST_EDITION_ID));
    expect((back as ValidationError).fieldErrors.editionId).toEqual([
      'This story is already told in English: “School term starts”',
    ]);
    // A journalist is not told the title of someone else's draft.
    const published = await makeArticle(editor, { title: 'Harbour dredging' });
    await publishArticle(editor, published.id);
    const other = await createTranslation(editor, published.id, arabic.id);
    expect(other.id).toBeGreaterThan(0);
    const hidden = await refused(() => createTranslation(journalist, published.id, arabic.id));
    expect((hidden as ValidationError).fieldErrors.editionId).toEqual([
      'This story is already told in العربية',
    ]);
  });

  it('refuses a reader-less role, another’s private draft and an edition outside the writer’s desk', async () => {
    const draft = await makeArticle(editor, { title: 'Private draft' });
    expect(await refused(() => createTranslation(journalist, draft.id, indonesian.id))).toBeInstanceOf(
      PermissionError,
    );
    expect(
      await refused(() =>
        createTranslation({ id: journalist.id, role: 'reader' } as never, draft.id, indonesian.id),
      ),
    ).toBeInstanceOf(PermissionError);

    const deskWriter = await makeStaff('journalist', 'Desk Writer');
    getDb().insert(staffEditions).values({ userId: deskWriter.id, editionId: arabic.id }).run();
    const published = await makeArticle(editor, { title: 'Rain expected' });
    await publishArticle(editor, published.id);
    const desk = await refused(() => createTranslation(deskWriter, published.id, indonesian.id));
    expect(desk).toBeInstanceOf(PermissionError);
    expect(desk.message).toBe('You work in the العربية edition only.');
    // Their own edition is fine, and a published article of anyone's may be translated.
    const ok = await createTranslation(deskWriter, published.id, arabic.id);
    expect(articleRow(ok.id).authorId).toBe(deskWriter.id);
    expect((await listTranslateTargets(deskWriter, ok.id)).map((e) => e.tag)).toEqual([]);
    expect((await listTranslateTargets(editor, published.id)).map((e) => e.tag)).toEqual(['id']);
  });
});

describe('a translation whose source changed', () => {
  it('is stale after the source is saved, shows the changes, and is current again when marked', async () => {
    const source = await makeArticle(editor, {
      title: 'Ferry timetable',
      body: '<p>Boats leave at nine.</p>',
    });
    const made = await createTranslation(journalist, source.id, indonesian.id).catch(() => null);
    expect(made).toBeNull(); // the journalist cannot read an editor's draft
    const t = await createTranslation(editor, source.id, indonesian.id);
    // The translator is the editor; a publish does not change the text, so it is no change to translate.
    await publishArticle(editor, source.id);
    expect(translationStatus(t.id)?.stale).toBe(false);
    expect(await getSourceChanges(editor, t.id)).toBeNull();

    await saveArticle(editor, source.id, { body: '<p>Boats leave at ten.</p>', baseVersion: 1 });
    expect(translationStatus(t.id)).toEqual({
      sourceId: source.id,
      sourceVersion: 2,
      madeFromVersion: 1,
      stale: true,
    });
    const changes = await getSourceChanges(editor, t.id);
    const body = changes!.fields.find((f) => f.field === 'body')!;
    expect(body.parts).toEqual([
      { value: 'Boats leave at nine.', removed: true },
      { value: 'Boats leave at ten.', added: true },
    ]);
    const panel = await getTranslationPanel(editor, t.id);
    expect(panel).toMatchObject({
      stale: true,
      source: {
        id: source.id,
        body: '<p>Boats leave at ten.</p>',
        version: 2,
        edition: { tag: 'en', name: 'English', direction: 'ltr' },
      },
    });

    // Marked against a version the translator did not see: refused, nothing changes.
    expect(await markTranslationCurrent(editor, t.id, 1).catch((e: Error) => e)).toBeInstanceOf(
      SourceMovedError,
    );
    expect(translationStatus(t.id)?.stale).toBe(true);
    expect(await markTranslationCurrent(editor, t.id, 2)).toMatchObject({ stale: false, madeFromVersion: 2 });
    expect(translationStatus(t.id)).toMatchObject({ stale: false, madeFromVersion: 2 });
    expect(articleRow(t.id).version).toBe(1);
  });

  it('may be marked current only by someone who may edit the translation, and only a translation', async () => {
    const source = await makeArticle(journalist, { title: 'Own story' });
    const t = await createTranslation(journalist, source.id, indonesian.id);
    await saveArticle(journalist, source.id, { title: 'Own story, updated', baseVersion: 1 });
    const other = await makeStaff('journalist');
    expect(await markTranslationCurrent(other, t.id).catch((e: Error) => e)).toBeInstanceOf(PermissionError);
    await publishArticle(editor, t.id);
    // Published: only an editor may change it now, and so bring it up to date.
    expect(await markTranslationCurrent(journalist, t.id).catch((e: Error) => e)).toBeInstanceOf(
      PermissionError,
    );
    expect(translationStatus(t.id)?.stale).toBe(true);
    expect((await markTranslationCurrent(editor, t.id)).stale).toBe(false);
    const plain = await makeArticle(editor);
    expect(await markTranslationCurrent(editor, plain.id).catch((e: Error) => e)).toBeInstanceOf(
      ValidationError,
    );
    expect(await getTranslationPanel(editor, plain.id)).toBeNull();
  });

  it('hides another’s private source from a translator who may not read it', async () => {
    const source = await makeArticle(editor, { title: 'Desk secret' });
    const t = await createTranslation(editor, source.id, indonesian.id);
    getDb().update(articles).set({ authorId: journalist.id }).where(eq(articles.id, t.id)).run();
    expect(await getTranslationPanel(journalist, t.id)).toMatchObject({ sourceId: source.id, source: null });
  });
});

describe('publishing a translation', () => {
  it('expires the story’s tag, so the source’s page lists it (and drops it when withdrawn) at once', async () => {
    const source = await makeArticle(editor, { title: 'Tram line opens' });
    await publishArticle(editor, source.id);
    const t = await createTranslation(editor, source.id, indonesian.id);
    const published = await publishArticle(editor, t.id);
    expect(tagsOf(published.affected)).toContain(`story:${source.id}`);
    const pulled = await unpublishArticle(editor, t.id);
    expect(tagsOf(pulled.affected)).toContain(`story:${source.id}`);
  });
});

describe('the dashboard with editions', () => {
  it('filters by edition and names each story’s other editions, in edition order', async () => {
    const writer = await makeStaff('journalist', 'Edition Filter');
    const source = await makeArticle(writer, { title: 'Edition filter story' });
    const id = await createTranslation(writer, source.id, indonesian.id);
    const ar = await createTranslation(writer, source.id, arabic.id);
    const alone = await makeArticle(writer, { title: 'Edition filter alone' });
    const list = async (editionId?: number) =>
      (await listDashboardArticles(writer, { editionId })).rows.map((r) => ({
        id: r.id,
        tellings: r.tellings.map((t) => t.editionTag),
      }));
    expect(await list()).toEqual([
      { id: alone.id, tellings: [] },
      { id: ar.id, tellings: ['en', 'id'] },
      { id: id.id, tellings: ['en', 'ar'] },
      { id: source.id, tellings: ['id', 'ar'] },
    ]);
    expect(await list(indonesian.id)).toEqual([{ id: id.id, tellings: ['en', 'ar'] }]);
    const page = await listDashboardArticles(writer, { editionId: FIRST_EDITION_ID });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.id)).toEqual([alone.id, source.id]);
    expect(page.rows[1].tellings[0]).toMatchObject({
      id: id.id,
      editionName: 'Bahasa Indonesia',
      state: 'draft',
    });
    expect((await listDashboardArticles(writer, { editionId: arabic.id, status: 'published' })).total).toBe(
      0,
    );
    expect((await listDashboardArticles(writer, { editionId: arabic.id, q: 'filter story' })).total).toBe(1);
  });

  it('reads the tellings and an edition’s page through indexes, never a scan of the articles', async () => {
    const client = getDb().$client;
    const queries = captureQueries(client, () => {
      void listDashboardArticles(admin, { editionId: indonesian.id });
    });
    const text = queries.map((q) => explain(client, q).lines.join('\n')).join('\n');
    expect(text).not.toMatch(/SCAN (articles|r|x)\b(?! USING COVERING INDEX)/);
    expect(text).toMatch(/SEARCH r USING INTEGER PRIMARY KEY/);
    expect(text).toMatch(/SEARCH x USING (COVERING )?INDEX articles_translation_idx/);
    expect(text).toMatch(/INDEX articles_edition_updated_idx/);
  });
});

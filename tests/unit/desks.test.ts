// Issue 11: desks. A staff member limited to some editions (an Arabic desk editor) writes, moves and
// restores articles and manages sections and tags only in those editions, checked in the data layer
// on every call; no rows means every edition; admins are never limited. Admins set desks, audited.
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createArticle, getArticleForEdit, saveArticle } from '@/db/articles/editor';
import { restoreRevision } from '@/db/articles/revisions';
import { publishArticle, sendBack, submitForReview, unpublishArticle } from '@/db/articles/workflow';
import { createEdition, getDefaultEdition, listEditions, type Edition } from '@/db/editions/editions';
import { deskEditionIds, editionsForDesk, listStaffDesks, mayWorkIn, setStaffDesk } from '@/db/people/desks';
import { PermissionError, type Actor } from '@/db/people/permissions';
import { articles, auditLog, sections, staffEditions, tags, transitions } from '@/db/schema';
import {
  createSection,
  deleteSection,
  listSections,
  renameSection,
  reorderSections,
} from '@/db/taxonomy/sections';
import { createTag, deleteTag, getTagById, renameTag } from '@/db/taxonomy/tags';
import { ValidationError } from '@/lib/errors';
import { articleRow, makeArticle, makeStaff } from './editor-fixtures';

let admin: Actor;
let deskEditor: Actor;
let deskWriter: Actor;
let freeEditor: Actor;
let english: Edition;
let arabic: Edition;

const db = () => getDb();
const n = (table: typeof articles | typeof sections | typeof tags | typeof transitions) =>
  db().select({ n: count() }).from(table).get()!.n;

/** The error `work` threw; fails the test when it threw none. */
async function refusal(work: () => unknown): Promise<Error> {
  try {
    await work();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

async function refusedOutsideDesk(work: () => unknown): Promise<void> {
  const error = await refusal(work);
  expect(error).toBeInstanceOf(PermissionError);
  expect(error.message).toBe('You work in the العربية edition only.');
}

beforeAll(async () => {
  admin = await makeStaff('admin');
  deskEditor = await makeStaff('editor');
  deskWriter = await makeStaff('journalist');
  freeEditor = await makeStaff('editor');
  english = getDefaultEdition();
  arabic = await createEdition(admin, { tag: 'ar', name: 'العربية' });
  setStaffDesk(admin, deskEditor.id, [arabic.id]);
});

describe('a desk editor in their edition', () => {
  it('creates, saves, publishes, unpublishes and restores an Arabic article', async () => {
    const a = await createArticle(deskEditor, {
      title: 'خبر عاجل',
      body: '<p>نص.</p>',
      editionId: arabic.id,
    });
    await saveArticle(deskEditor, a.id, { title: 'خبر محدث', baseVersion: 1 });
    await publishArticle(deskEditor, a.id);
    expect(articleRow(a.id)).toMatchObject({ status: 'published', title: 'خبر محدث' });
    await unpublishArticle(deskEditor, a.id);
    await restoreRevision(deskEditor, a.id, 1, 2);
    expect(articleRow(a.id)).toMatchObject({ status: 'unpublished', title: 'خبر عاجل', version: 3 });
    const view = await getArticleForEdit(deskEditor, a.id);
    expect(view!.workflow).toMatchObject({ canEdit: true, moves: ['publish'] });
    expect(view!.workflow.outsideDesk).toBeUndefined();
  });
});

describe('a desk editor outside their edition', () => {
  it('cannot create an English article, and nothing is written', async () => {
    const before = [n(articles), n(transitions)];
    await refusedOutsideDesk(() =>
      createArticle(deskEditor, { title: 'English story', editionId: english.id }),
    );
    // No edition named means the default one, which is outside this desk too.
    await refusedOutsideDesk(() => createArticle(deskEditor, { title: 'English story' }));
    expect([n(articles), n(transitions)]).toEqual(before);
  });

  it('cannot save, submit, publish, send back, unpublish or restore an English article', async () => {
    const draft = await makeArticle(admin, { title: 'An English draft' });
    await saveArticle(admin, draft.id, { title: 'An English draft, saved', baseVersion: 1 });
    const live = await makeArticle(admin, { title: 'An English story' });
    await publishArticle(admin, live.id);
    const before = [articleRow(draft.id), articleRow(live.id), n(transitions)];
    await refusedOutsideDesk(() => saveArticle(deskEditor, draft.id, { title: 'Changed', baseVersion: 2 }));
    await refusedOutsideDesk(() => submitForReview(deskEditor, draft.id));
    await refusedOutsideDesk(() => publishArticle(deskEditor, draft.id));
    await refusedOutsideDesk(() => restoreRevision(deskEditor, draft.id, 1, 2));
    await refusedOutsideDesk(() => sendBack(deskEditor, live.id, 'Needs a source'));
    await refusedOutsideDesk(() => unpublishArticle(deskEditor, live.id));
    await refusedOutsideDesk(() =>
      saveArticle(deskEditor, live.id, { baseVersion: 1 }, { move: 'unpublish' }),
    );
    expect([articleRow(draft.id), articleRow(live.id), n(transitions)]).toEqual(before);
  });

  it('sees an English article read-only, with no moves and the reason', async () => {
    const a = await makeArticle(admin, { title: 'Read only for the desk' });
    const view = await getArticleForEdit(deskEditor, a.id);
    expect(view!.workflow).toEqual({
      state: 'draft',
      canEdit: false,
      moves: [],
      outsideDesk: 'You work in the العربية edition only.',
    });
  });

  it('cannot create, rename, delete or reorder English sections, or write English tags', async () => {
    const section = await createSection(admin, { name: 'Desk politics' });
    await createSection(admin, { name: 'Desk business' });
    const tag = await createTag(admin, { name: 'Desk budget' });
    const before = [n(sections), n(tags), listSections(), getTagById(tag.id)];
    await refusedOutsideDesk(() => createSection(deskEditor, { name: 'Desk sport', editionId: english.id }));
    await refusedOutsideDesk(() => renameSection(deskEditor, section.id, { name: 'Renamed' }));
    await refusedOutsideDesk(() => deleteSection(deskEditor, section.id));
    const ids = listSections().map((s) => s.id);
    await refusedOutsideDesk(() => reorderSections(deskEditor, [...ids].reverse()));
    await refusedOutsideDesk(() => createTag(deskEditor, { name: 'Desk tag' }));
    await refusedOutsideDesk(() => renameTag(deskEditor, tag.id, { name: 'Renamed tag' }));
    await refusedOutsideDesk(() => deleteTag(deskEditor, tag.id));
    expect([n(sections), n(tags), listSections(), getTagById(tag.id)]).toEqual(before);
  });

  it('manages Arabic sections, and reorders them while the English ones stay put', async () => {
    const first = await createSection(deskEditor, { name: 'سياسة', editionId: arabic.id });
    const second = await createSection(deskEditor, { name: 'رياضة', editionId: arabic.id });
    await renameSection(deskEditor, first.id, { name: 'السياسة' });
    const ids = listSections().map((s) => s.id);
    const swapped = ids.map((id) => (id === first.id ? second.id : id === second.id ? first.id : id));
    await reorderSections(deskEditor, swapped);
    expect(listSections().map((s) => s.id)).toEqual(swapped);
    await deleteSection(deskEditor, second.id);
    expect(listSections(arabic.id).map((s) => s.name)).toEqual(['السياسة']);
  });
});

describe('who is not limited', () => {
  it('a journalist with a desk may not submit their own English draft', async () => {
    const a = await makeArticle(deskWriter, { title: 'Written before the desk' });
    setStaffDesk(admin, deskWriter.id, [arabic.id]);
    await refusedOutsideDesk(() => submitForReview(deskWriter, a.id));
    expect(articleRow(a.id).status).toBe('draft');
    setStaffDesk(admin, deskWriter.id, []);
    await submitForReview(deskWriter, a.id);
    expect(articleRow(a.id).status).toBe('review');
  });

  it('the new-article form offers the desk’s editions only, everyone else every edition', () => {
    const tagsFor = (actor: Actor) => editionsForDesk(actor, listEditions()).map((e) => e.tag);
    expect(tagsFor(deskEditor)).toEqual(['ar']);
    expect(tagsFor(freeEditor)).toEqual(['en', 'ar']);
    expect(tagsFor(admin)).toEqual(['en', 'ar']);
  });

  it('staff without desk rows work in every edition', async () => {
    expect(deskEditionIds(freeEditor.id)).toEqual([]);
    const en = await makeArticle(freeEditor, { title: 'Free English' });
    const ar = await makeArticle(freeEditor, { title: 'حر', editionId: arabic.id });
    await publishArticle(freeEditor, en.id);
    await publishArticle(freeEditor, ar.id);
    expect([articleRow(en.id).status, articleRow(ar.id).status]).toEqual(['published', 'published']);
  });

  it('an admin is never limited, even with rows written past setStaffDesk', async () => {
    db().insert(staffEditions).values({ userId: admin.id, editionId: arabic.id }).run();
    expect(mayWorkIn(admin, english.id)).toBe(true);
    const a = await makeArticle(admin, { title: 'Admin in English' });
    await publishArticle(admin, a.id);
    expect(articleRow(a.id).status).toBe('published');
    db().delete(staffEditions).where(eq(staffEditions.userId, admin.id)).run();
  });

  it('reads the desk afresh on every call: a change applies to the next write', async () => {
    const a = await makeArticle(admin, { title: 'Desk widened' });
    await refusedOutsideDesk(() => saveArticle(deskEditor, a.id, { title: 'Now mine', baseVersion: 1 }));
    setStaffDesk(admin, deskEditor.id, [english.id, arabic.id]);
    await saveArticle(deskEditor, a.id, { title: 'Now mine', baseVersion: 1 });
    setStaffDesk(admin, deskEditor.id, [arabic.id]);
    await refusedOutsideDesk(() => saveArticle(deskEditor, a.id, { title: 'Not any more', baseVersion: 2 }));
    expect(articleRow(a.id)).toMatchObject({ title: 'Now mine', version: 2 });
  });
});

describe('setStaffDesk', () => {
  const deskAudits = (userId: number) =>
    db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.desk'), eq(auditLog.targetId, String(userId))))
      .all();

  it('limits, widens and lifts a desk, one audit row per change', async () => {
    const person = await makeStaff('editor');
    const set = setStaffDesk(admin, person.id, [arabic.id, english.id, arabic.id]);
    expect(set.editions.map((e) => e.id).sort()).toEqual([english.id, arabic.id].sort());
    expect(deskEditionIds(person.id)).toEqual([english.id, arabic.id].sort((x, y) => x - y));
    setStaffDesk(admin, person.id, [english.id, arabic.id]);
    setStaffDesk(admin, person.id, []);
    expect(deskEditionIds(person.id)).toEqual([]);
    expect(listStaffDesks(admin)[person.id]).toBeUndefined();
    const audits = deskAudits(person.id);
    // The second call changed nothing, so it left no entry.
    expect(audits).toHaveLength(2);
    expect(audits.every((r) => r.actorId === admin.id)).toBe(true);
    expect(JSON.parse(audits[0].detail)).toEqual({ from: 'every edition', to: 'en, ar' });
    expect(JSON.parse(audits[1].detail)).toEqual({ from: 'en, ar', to: 'every edition' });
  });

  it('lists the limited accounts for the staff page, admins only', () => {
    expect(listStaffDesks(admin)[deskEditor.id]).toEqual([arabic.id]);
    expect(() => listStaffDesks(deskEditor)).toThrow(PermissionError);
  });

  it('refuses bad input by name and writes nothing', async () => {
    const person = await makeStaff('journalist');
    setStaffDesk(admin, person.id, [arabic.id]);
    const audits = deskAudits(person.id).length;
    const fieldErrors = async (work: () => unknown) => {
      const error = await refusal(work);
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).fieldErrors;
    };
    expect(await fieldErrors(() => setStaffDesk(admin, person.id, [arabic.id, 9999]))).toEqual({
      editions: ['There is no edition with id 9999; reload the page and choose again.'],
    });
    expect(await fieldErrors(() => setStaffDesk(admin, person.id, [Number.NaN]))).toEqual({
      editions: ['Choose editions from the list.'],
    });
    expect(await fieldErrors(() => setStaffDesk(admin, admin.id, [arabic.id]))).toEqual({
      editions: [expect.stringMatching(/is an admin: admins work in every edition/)],
    });
    expect(await fieldErrors(() => setStaffDesk(admin, 999_999, [arabic.id]))).toEqual({
      user: ['No such account.'],
    });
    const byEditor = await refusal(() => setStaffDesk(freeEditor, person.id, []));
    expect(byEditor).toBeInstanceOf(PermissionError);
    expect(byEditor.message).toMatch(/Only an admin/);
    expect(deskEditionIds(person.id)).toEqual([arabic.id]);
    expect(deskEditionIds(admin.id)).toEqual([]);
    expect(deskAudits(person.id)).toHaveLength(audits);
  });
});

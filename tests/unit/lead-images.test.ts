// Who may put which uploaded image on an article as its lead image, enforced by the data layer: an
// image id alone must not hand a journalist another reporter's unpublished photo (and its /uploads URL).
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticle, saveArticle } from '@/db/articles/editor';
import { IMAGE_NOT_AVAILABLE } from '@/db/articles/input';
import { ValidationError } from '@/lib/errors';
import { storeUpload } from '@/db/images/uploads';
import type { Actor } from '@/db/people/permissions';
import { articleRow, makeArticle, makeStaff } from './editor-fixtures';

let journalist: Actor;
let otherJournalist: Actor;
let editor: Actor;
let admin: Actor;

beforeAll(async () => {
  journalist = await makeStaff('journalist');
  otherJournalist = await makeStaff('journalist');
  editor = await makeStaff('editor');
  admin = await makeStaff('admin');
});

async function uploadBy(actor: Actor): Promise<number> {
  const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();
  return (await storeUpload(actor, { bytes, originalName: 'photo.png' })).id;
}

async function leadImageRefusal(promise: Promise<unknown>): Promise<string[] | undefined> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.leadImageId;
}

describe('lead images', () => {
  it('a journalist can use an image they uploaded', async () => {
    const mine = await uploadBy(journalist);
    const { id } = await createArticle(journalist, { title: 'With my photo', leadImageId: mine });
    expect(articleRow(id).leadImageId).toBe(mine);
  });

  it('a journalist cannot create an article with another reporter’s upload', async () => {
    const theirs = await uploadBy(otherJournalist);
    expect(
      await leadImageRefusal(createArticle(journalist, { title: 'Borrowed', leadImageId: theirs })),
    ).toEqual([IMAGE_NOT_AVAILABLE]);
  });

  it('a journalist cannot save another reporter’s upload onto their own article', async () => {
    const theirs = await uploadBy(otherJournalist);
    const a = await makeArticle(journalist);
    const before = articleRow(a.id);
    expect(
      await leadImageRefusal(saveArticle(journalist, a.id, { leadImageId: theirs, baseVersion: 1 })),
    ).toEqual([IMAGE_NOT_AVAILABLE]);
    expect(articleRow(a.id)).toEqual(before);
  });

  it('editors and admins can use any upload', async () => {
    for (const actor of [editor, admin]) {
      const theirs = await uploadBy(otherJournalist);
      const { id } = await createArticle(actor, { title: 'Picture desk', leadImageId: theirs });
      expect(articleRow(id).leadImageId).toBe(theirs);
    }
  });

  it('a journalist keeps the lead image an editor put on their article', async () => {
    const a = await makeArticle(journalist);
    const chosenByEditor = await uploadBy(editor);
    await saveArticle(editor, a.id, { leadImageId: chosenByEditor, baseVersion: 1 });
    const saved = await saveArticle(journalist, a.id, {
      title: 'Journalist edits the text',
      leadImageId: chosenByEditor,
      baseVersion: 2,
    });
    expect(saved.version).toBe(3);
    expect(articleRow(a.id).leadImageId).toBe(chosenByEditor);
  });

  it('an image that does not exist is still reported as gone', async () => {
    expect(
      await leadImageRefusal(createArticle(journalist, { title: 'Ghost', leadImageId: 999_999 })),
    ).toEqual(['That image is no longer available; upload it again']);
  });
});

// Issue 12 item 4: section and tag names made only of invisible characters, or carrying bidi or
// control characters, are refused with a message on the name field (they show in every page's navigation).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSection, renameSection } from '@/db/taxonomy/sections';
import { createTag, renameTag } from '@/db/taxonomy/tags';
import type { Actor } from '@/db/people/permissions';
import { ValidationError } from '@/lib/errors';
import { makeStaff } from './editor-fixtures';

let editor: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
});

async function nameErrorOf(write: Promise<unknown>): Promise<string> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.name?.[0] ?? '';
}

const DISGUISED = [
  ['only zero-width characters', '\u200b\u200c\u200d', /invisible/],
  ['a right-to-left override', 'Sports\u202etxt', /text-direction/],
  ['a control character', 'News\u0007', /control character/],
] as const;

describe('section names', () => {
  for (const [what, name, message] of DISGUISED) {
    it(`are refused with ${what}`, async () => {
      expect(await nameErrorOf(createSection(editor, { name }))).toMatch(message);
    });
  }

  it('are refused on rename too, and plain ones still pass', async () => {
    const s = await createSection(editor, { name: 'Weather' });
    expect(await nameErrorOf(renameSection(editor, s.id, { name: '\u2066Weather' }))).toMatch(
      /text-direction/,
    );
    expect((await renameSection(editor, s.id, { name: 'Weather and climate' })).name).toBe(
      'Weather and climate',
    );
  });
});

describe('tag names', () => {
  for (const [what, name, message] of DISGUISED) {
    it(`are refused with ${what}`, async () => {
      expect(await nameErrorOf(createTag(editor, { name }))).toMatch(message);
    });
  }

  it('are refused on rename too', async () => {
    const t = await createTag(editor, { name: 'Elections' });
    expect(await nameErrorOf(renameTag(editor, t.id, { name: '\u3164' }))).toMatch(/invisible/);
  });
});

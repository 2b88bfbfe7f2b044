// Issue 12: titles, tags and names that would disguise themselves on screen are refused with a
// message: bidi overrides (which reorder what a reader sees), control characters, and text made
// only of invisible characters.
import { describe, expect, it } from 'vitest';
import { createArticle } from '@/db/articles/editor';
import { createUser } from '@/db/people/users';
import { ValidationError } from '@/lib/errors';
import { disguisedTextProblem } from '@/lib/visible-text';
import { makeStaff } from './editor-fixtures';
import { errorOf, uniqueNumber } from './staff-fixtures';

const DISGUISED = [
  'Minister \u202Enoitangiser\u202C denied', // right-to-left override
  'Quiet \u2066isolate\u2069 headline',
  'Line\u0000break',
  'Tab\there',
  '\u200B\u200B\u200B', // zero-width spaces only
  '\u3164\u3164', // Hangul fillers only
  '\u2800 \u00AD', // Braille blank, a space and a soft hyphen
];

describe('disguised text', () => {
  it('names what is wrong with each disguise', () => {
    expect(disguisedTextProblem(DISGUISED[0], 'The title')).toMatch(/text-direction/);
    expect(disguisedTextProblem(DISGUISED[2], 'The title')).toMatch(/control character/);
    expect(disguisedTextProblem(DISGUISED[4], 'The title')).toMatch(/only of invisible characters/);
  });

  it('leaves real text alone, in any script, with joiners where scripts need them', () => {
    for (const text of ['Harbour reopens', 'مرحبا بالعالم', 'नमस्ते', 'Ünïcödé — “quotes”', '👩‍👩‍👧 families']) {
      expect(disguisedTextProblem(text, 'The title'), text).toBeNull();
    }
  });

  it('an article title or tag in disguise is refused with a message on the field', async () => {
    const journalist = await makeStaff('journalist');
    for (const title of DISGUISED) {
      const error = await errorOf(() => createArticle(journalist, { title }));
      expect(error, JSON.stringify(title)).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.title?.[0]).toMatch(/^The title /);
    }
    const tagged = await errorOf(() =>
      createArticle(journalist, { title: 'Fine', tags: ['ok', '\u202Eevil'] }),
    );
    expect(JSON.stringify((tagged as ValidationError).fieldErrors)).toMatch(
      /A tag contains a text-direction/,
    );
  });

  it('a byline or full name in disguise is refused', async () => {
    const n = uniqueNumber();
    const error = await errorOf(() =>
      createUser(
        {
          email: `d${n}@example.test`,
          name: '\u200B\u200B\u200B',
          fullName: 'Real \u202EName',
          role: 'journalist',
          password: null,
        },
        'operator',
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.name?.[0]).toMatch(/invisible/);
    expect((error as ValidationError).fieldErrors.fullName?.[0]).toMatch(/text-direction/);
  });
});

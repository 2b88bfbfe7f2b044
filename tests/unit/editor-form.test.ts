// The editor's form post, as the server action reads it, through the real data layer: what a person
// typed reaches the database as they meant it, and refusals come back keyed by the form's fields.
import { describe, expect, it } from 'vitest';
import { newArticleSchema } from '@/app/newsroom/articles/article-form-input';
import { FIRST_EDITION_ID } from '@/db/schema';
import { conflictOf, formErrors } from '@/app/newsroom/articles/editor-refusals';
import { createArticle, saveArticle, StaleVersionError } from '@/db/articles/editor';
import { fieldErrorsFromZod, ValidationError } from '@/lib/errors';
import { articleRow, makeStaff } from './editor-fixtures';

// The expectations below are written on a UTC newsroom clock.
process.env.NEWSROOM_TIMEZONE = 'UTC';

/** The form's text fields, as guardedAction hands them to the schema, with the bound edition. */
function input(fields: Record<string, string>) {
  return newArticleSchema.parse({ ...fields, editionId: FIRST_EDITION_ID });
}

describe('the article form post', () => {
  it('leaves the publish time unset when the person kept the "now" the field showed', async () => {
    const journalist = await makeStaff('journalist');
    const shown = '2026-11-28T07:30';
    const { id } = await createArticle(
      journalist,
      input({ title: 'Kept default', publishedAt: shown, publishedAtDefault: shown }),
    );
    expect(articleRow(id).publishedAt).toBeNull();
  });

  it('stores a publish time the person changed, read on the newsroom clock', async () => {
    const journalist = await makeStaff('journalist');
    const { id } = await createArticle(
      journalist,
      input({
        title: 'Back-filled',
        publishedAt: '2019-04-26T00:00',
        publishedAtDefault: '2026-11-28T07:30',
      }),
    );
    expect(articleRow(id).publishedAt).toBe(Date.UTC(2019, 3, 26, 0, 0));
  });

  it('turns comma-separated tags into separate tags and ignores empty ones', () => {
    expect(input({ title: 'T', tags: ' Transport, Weather ,, ' }).tags).toEqual(['Transport', 'Weather']);
  });

  it('keeps the byline when the form has no byline field (a journalist’s form)', async () => {
    const journalist = await makeStaff('journalist');
    const { id, version } = await createArticle(journalist, input({ title: 'Mine' }));
    const saved = await saveArticle(journalist, id, {
      ...input({ title: 'Mine, edited' }),
      baseVersion: version,
    });
    expect(articleRow(saved.id).authorId).toBe(journalist.id);
  });

  it('refuses a section id that is not a number before anything is written', () => {
    const parsed = newArticleSchema.safeParse({ title: 'T', sectionId: 'abc', editionId: FIRST_EDITION_ID });
    expect(!parsed.success && fieldErrorsFromZod(parsed.error).sectionId).toBeTruthy();
  });

  it('reports the data layer’s lead image error on the lead image field', async () => {
    const journalist = await makeStaff('journalist');
    try {
      await createArticle(journalist, { ...input({ title: 'Ghost image' }), leadImageId: 99999 });
      expect.unreachable('a missing image must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(formErrors((error as ValidationError).fieldErrors).leadImage?.[0]).toMatch(/upload it again/);
    }
  });

  it('describes a stale save with who saved, the version and what changed', async () => {
    const first = await makeStaff('editor', 'First E');
    const second = await makeStaff('editor', 'Second E');
    const { id, version } = await createArticle(first, input({ title: 'Shared', summary: 'Old summary' }));
    await saveArticle(first, id, {
      ...input({ title: 'Shared', summary: 'New summary' }),
      baseVersion: version,
    });
    try {
      await saveArticle(second, id, { ...input({ title: 'Shared', summary: 'Mine' }), baseVersion: version });
      expect.unreachable('a stale save must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(StaleVersionError);
      const conflict = conflictOf(error as StaleVersionError, 'UTC');
      expect(conflict.version).toBe(version + 1);
      expect(conflict.savedBy).toBe('First E');
      expect(conflict.savedAt).toMatch(/^\w+day, \d{1,2} \w+ \d{4} \d{2}:\d{2}$/);
      expect(conflict.changes).toContainEqual({
        field: 'summary',
        label: 'Summary',
        before: 'Old summary',
        after: 'New summary',
      });
    }
    expect(articleRow(id).summary).toBe('New summary');
  });
});

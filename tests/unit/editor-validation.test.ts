// Bad input gets a specific message on the right field, and the article row is left as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticle, saveArticle, StaleVersionError } from '@/db/articles/editor';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { ValidationError } from '@/lib/errors';
import { articles, users } from '@/db/schema';
import type { Actor } from '@/db/people/permissions';
import { articleRow, makeArticle, makeStaff } from './editor-fixtures';

let journalist: Actor;
let editor: Actor & { name: string };

beforeAll(async () => {
  journalist = await makeStaff('journalist');
  editor = await makeStaff('editor', 'Dewi Editor');
});

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

async function expectRefusedAndUnchanged(
  input: Parameters<typeof saveArticle>[2],
  field: string,
  message: string | RegExp,
) {
  const a = await makeArticle(journalist, { title: 'Untouched title', body: '<p>Untouched body.</p>' });
  const before = articleRow(a.id);
  const error = await refusal(saveArticle(journalist, a.id, input));
  expect(error.fieldErrors[field]?.join(' ')).toMatch(message);
  expect(articleRow(a.id)).toEqual(before);
  return error;
}

describe('refused saves', () => {
  it('an empty title', async () => {
    await expectRefusedAndUnchanged({ title: '   ', baseVersion: 1 }, 'title', 'Enter a title');
  });

  it('a title over 200 characters', async () => {
    await expectRefusedAndUnchanged(
      { title: 'x'.repeat(201), baseVersion: 1 },
      'title',
      /200 characters or fewer/,
    );
  });

  it('a slug with characters outside a-z0-9-', async () => {
    for (const slug of ['Hello-World', 'hello_world', 'héllo', 'hello world', 'hello--world', '-hello'])
      await expectRefusedAndUnchanged(
        { slug, baseVersion: 1 },
        'slug',
        'Use only lowercase letters a–z, digits and hyphens',
      );
  });

  it('a slug another article has, without naming that article to a journalist', async () => {
    await createArticle(editor, { title: 'Someone else’s secret draft', slug: 'taken-slug' });
    const error = await expectRefusedAndUnchanged(
      { slug: 'taken-slug', baseVersion: 1 },
      'slug',
      'That slug is already in use.',
    );
    expect(error.message).not.toMatch(/secret draft/);
  });

  it('a slug another article has, naming that article to an editor', async () => {
    await createArticle(journalist, { title: 'The first one', slug: 'taken-by-first' });
    const a = await makeArticle(editor);
    const error = await refusal(saveArticle(editor, a.id, { slug: 'taken-by-first', baseVersion: 1 }));
    expect(error.fieldErrors.slug).toEqual(['That slug is already used by “The first one”']);
  });

  it('a body over 200 KB', async () => {
    const body = `<p>${'a'.repeat(201 * 1024)}</p>`;
    await expectRefusedAndUnchanged({ body, baseVersion: 1 }, 'body', /200 KB or smaller/);
  });

  it('a script tag in the body', async () => {
    await expectRefusedAndUnchanged(
      { body: '<p>Hi</p><script>alert(1)</script>', baseVersion: 1 },
      'body',
      /<script> tag/,
    );
  });

  it('a javascript: link in the body', async () => {
    await expectRefusedAndUnchanged(
      { body: '<p><a href="javascript:alert(1)">click</a></p>', baseVersion: 1 },
      'body',
      /javascript: \(or other unsafe\) link/,
    );
  });

  it('a javascript: link hidden behind character references', async () => {
    for (const href of ['java&#x09;script:alert(1)', '&#106;avascript:alert(1)', 'javascript&colon;alert(1)'])
      await expectRefusedAndUnchanged(
        { body: `<p><a href="${href}">click</a></p>`, baseVersion: 1 },
        'body',
        /javascript: \(or other unsafe\) link/,
      );
  });

  it('an event handler attribute in the body', async () => {
    await expectRefusedAndUnchanged(
      { body: '<p><img src="/x.png" onerror="alert(1)"></p>', baseVersion: 1 },
      'body',
      /event handler attribute/,
    );
  });

  it('a publish time that does not parse', async () => {
    await expectRefusedAndUnchanged(
      { publishedAt: 'next Tuesday', baseVersion: 1 },
      'publishedAt',
      'Enter a date and time like 2026-04-26 09:30',
    );
  });

  it('every bad field at once, each with its own message', async () => {
    const error = await expectRefusedAndUnchanged(
      { title: '', slug: 'Bad Slug', publishedAt: '2026-02-30 10:00', baseVersion: 1 },
      'title',
      'Enter a title',
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['publishedAt', 'slug', 'title']);
  });

  it('an unknown section', async () => {
    await expectRefusedAndUnchanged(
      { sectionId: 99999, baseVersion: 1 },
      'sectionId',
      'Choose a section of the article’s edition from the list',
    );
  });

  it('a disabled staff member as the byline', async () => {
    const gone = await makeStaff('journalist');
    getDb().update(users).set({ disabled: true }).where(eq(users.id, gone.id)).run();
    const a = await makeArticle(editor);
    const before = articleRow(a.id);
    const error = await refusal(saveArticle(editor, a.id, { authorId: gone.id, baseVersion: 1 }));
    expect(error.fieldErrors.authorId).toEqual(['Choose an active staff member as the author']);
    expect(articleRow(a.id)).toEqual(before);
  });
});

describe('creating with bad input', () => {
  it('writes nothing', async () => {
    const count = () =>
      getDb()
        .select({ n: sql<number>`count(*)` })
        .from(articles)
        .get()!.n;
    const before = count();
    await refusal(createArticle(journalist, { title: '' }));
    await refusal(createArticle(journalist, { title: 'Fine', body: '<script>x</script>' }));
    expect(count()).toBe(before);
  });
});

describe('a stale version', () => {
  it('is refused with who saved, when, and what changed, and writes nothing', async () => {
    const a = await makeArticle(journalist, { title: 'Budget vote', body: '<p>One.</p><p>Two.</p>' });
    await saveArticle(editor, a.id, {
      title: 'Budget vote delayed',
      body: '<p>One.</p><p>Two, revised.</p>',
      baseVersion: 1,
    });
    const before = articleRow(a.id);
    const error = await saveArticle(journalist, a.id, { title: 'My own idea', baseVersion: 1 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StaleVersionError);
    const stale = error as StaleVersionError;
    expect(stale.currentVersion).toBe(2);
    expect(stale.savedBy).toEqual({ id: editor.id, name: 'Dewi Editor' });
    expect(stale.savedAt).toBeGreaterThan(0);
    expect(stale.message).toMatch(/Someone else saved this article/);
    expect(stale.changes.map((c) => c.field)).toEqual(['title', 'body']);
    expect(stale.changes[0]).toMatchObject({ before: 'Budget vote', after: 'Budget vote delayed' });
    expect(stale.changes[1]).toMatchObject({ before: 'Two.', after: 'Two, revised.' });
    expect(articleRow(a.id)).toEqual(before);
  });

  it('the same base version can only be used once: the second of two editors is refused', async () => {
    const a = await makeArticle(journalist);
    await saveArticle(editor, a.id, { summary: 'First editor', baseVersion: 1 });
    await expect(saveArticle(editor, a.id, { summary: 'Second editor', baseVersion: 1 })).rejects.toThrow(
      StaleVersionError,
    );
    expect(articleRow(a.id).summary).toBe('First editor');
  });
});

describe('accepted input', () => {
  it('stores a sanitised body and the publish time read on the newsroom clock', async () => {
    const a = await makeArticle(journalist);
    await saveArticle(journalist, a.id, {
      body: '<h1>Heading</h1><p class="x">Text <a href="https://example.com">link</a></p>',
      publishedAt: '2019-04-26T00:00',
      baseVersion: 1,
    });
    const row = articleRow(a.id);
    expect(row.body).toBe('<h2>Heading</h2><p>Text <a href="https://example.com">link</a></p>');
    expect(row.publishedAt).toBe(Date.parse('2019-04-26T00:00:00Z'));
  });

  it('prose that merely looks like markup is kept as typed', async () => {
    const a = await makeArticle(journalist);
    const body = '<p>Shopping online = easy, says one=two &lt;script&gt; fan.</p>';
    await saveArticle(journalist, a.id, { body, baseVersion: 1 });
    expect(articleRow(a.id).body).toBe(body);
  });

  it('a generated slug is made unique instead of refused', async () => {
    const one = await createArticle(journalist, { title: 'Same headline' });
    const two = await createArticle(journalist, { title: 'Same headline' });
    expect(one.slug).toBe('same-headline');
    expect(two.slug).toBe('same-headline-2');
  });
});

import { count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { ValidationError } from '@/lib/errors';
import { importArticles, parseImportJson, parseInstantWithOffset } from '@/db/articles/imports';
import { articles, articleTags, revisions, sections, tags, transitions } from '@/db/schema';
import { createUser } from '@/db/people/users';

const good = (overrides: Record<string, unknown> = {}) => ({
  title: 'Night market returns to the old quay',
  body: '<h2>Stalls</h2><p>Forty stalls <strong>opened</strong> on Friday.</p>',
  author: 'writer@example.test',
  section: 'Culture',
  publishedAt: '2026-03-14T18:30:00+07:00',
  summary: 'The market is back.',
  tags: ['Markets', 'Old Quay'],
  ...overrides,
});

function articleCount(): number {
  return getDb().select({ n: count() }).from(articles).get()!.n;
}

/** The field errors of a failed import, after checking that nothing was written. */
function refusal(data: unknown): Record<string, string[]> {
  const before = articleCount();
  let caught: unknown;
  try {
    importArticles(data);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ValidationError);
  expect(articleCount()).toBe(before);
  return (caught as ValidationError).fieldErrors;
}

beforeAll(async () => {
  await createUser(
    {
      email: 'writer@example.test',
      name: 'Writer W',
      fullName: 'Wren Writer',
      role: 'journalist',
      password: null,
    },
    'operator',
  );
});

describe('importArticles', () => {
  it('imports one object as a published article with revision 1 and an "Imported" transition', () => {
    const [imported] = importArticles(good());
    const db = getDb();
    const row = db.select().from(articles).where(eq(articles.id, imported.id)).get()!;
    expect(row).toMatchObject({
      title: 'Night market returns to the old quay',
      slug: 'night-market-returns-to-the-old-quay',
      status: 'published',
      publishedAt: Date.UTC(2026, 2, 14, 11, 30),
      summary: 'The market is back.',
    });
    expect(db.select().from(sections).where(eq(sections.id, row.sectionId!)).get()).toMatchObject({
      name: 'Culture',
      slug: 'culture',
    });
    expect(db.select().from(articleTags).where(eq(articleTags.articleId, row.id)).all()).toHaveLength(2);
    expect(db.select().from(revisions).where(eq(revisions.articleId, row.id)).all()).toMatchObject([
      { version: 1, title: row.title, tags: '["Markets","Old Quay"]' },
    ]);
    expect(db.select().from(transitions).where(eq(transitions.articleId, row.id)).all()).toMatchObject([
      { fromStatus: 'draft', toStatus: 'published', actorId: null, comment: 'Imported' },
    ]);
  });

  it('imports an array, reusing sections and tags by name and giving repeated titles distinct slugs', () => {
    const sectionsBefore = getDb().select({ n: count() }).from(sections).get()!.n;
    const imported = importArticles([
      good({ section: 'culture', tags: ['markets'] }),
      good({ section: 'Science', tags: ['Tides'] }),
    ]);
    expect(imported.map((a) => a.slug)).toEqual([
      'night-market-returns-to-the-old-quay-2',
      'night-market-returns-to-the-old-quay-3',
    ]);
    expect(getDb().select({ n: count() }).from(sections).get()!.n).toBe(sectionsBefore + 1);
    expect(
      getDb()
        .select()
        .from(tags)
        .all()
        .map((t) => t.name)
        .sort(),
    ).toEqual(['Markets', 'Old Quay', 'Tides']);
  });

  it('matches an existing tag or section by slug when the spelling differs', () => {
    const [imported] = importArticles(good({ section: 'CULTURE!', tags: ['old-quay'] }));
    const row = getDb().select().from(articles).where(eq(articles.id, imported.id)).get()!;
    expect(getDb().select().from(sections).where(eq(sections.id, row.sectionId!)).get()?.name).toBe(
      'Culture',
    );
    expect(
      getDb()
        .select()
        .from(tags)
        .all()
        .map((t) => t.name),
    ).not.toContain('old-quay');
  });

  it('refuses a disabled author', async () => {
    const user = await createUser(
      {
        email: 'gone@example.test',
        name: 'Gone G',
        fullName: 'Gone Away',
        role: 'journalist',
        password: null,
      },
      'operator',
    );
    getDb().run(sql`UPDATE users SET disabled = 1 WHERE id = ${user.id}`);
    expect(refusal(good({ author: 'GONE@example.test' }))).toEqual({
      'item 1: author': ['the account gone@example.test is disabled'],
    });
  });

  it('sanitises the body on the way in', () => {
    const [imported] = importArticles(
      good({ body: '<p style="color:red" class="x">Plain <u>text</u></p><h1>Big</h1>' }),
    );
    const row = getDb().select().from(articles).where(eq(articles.id, imported.id)).get()!;
    expect(row.body).toBe('<p>Plain <u>text</u></p><h2>Big</h2>');
  });

  it('refuses a missing title and names the field', () => {
    const { title, ...rest } = good();
    void title;
    expect(refusal(rest)).toEqual({ 'item 1: title': ['is required'] });
  });

  it('refuses an unknown author email by name, and leaves the good items unwritten too', () => {
    expect(refusal([good(), good({ author: 'ghost@example.test' })])).toEqual({
      'item 2: author': ['no staff account has the email ghost@example.test'],
    });
  });

  it('refuses a publish time without an offset or that does not parse', () => {
    const errors = refusal([
      good({ publishedAt: '2026-03-14T18:30:00' }),
      good({ publishedAt: 'next Tuesday' }),
      good({ publishedAt: '2026-02-30T10:00:00Z' }),
    ]);
    expect(errors['item 1: publishedAt']?.[0]).toMatch(/^must be ISO 8601 with a timezone offset/);
    expect(errors['item 2: publishedAt']?.[0]).toMatch(/timezone offset/);
    expect(errors['item 3: publishedAt']).toEqual(['is not a real date and time']);
  });

  it('refuses a body with a script tag or a javascript: link', () => {
    const errors = refusal([
      good({ body: '<p>Hi</p><script>alert(1)</script>' }),
      good({ body: '<p><a href="javascript:alert(1)">click</a></p>' }),
    ]);
    expect(errors['item 1: body']?.[0]).toMatch(/<script>/);
    expect(errors['item 2: body']?.[0]).toMatch(/javascript:/);
  });

  it('refuses a body over 200 KB', () => {
    const errors = refusal(good({ body: `<p>${'a'.repeat(200 * 1024)}</p>` }));
    expect(errors['item 1: body']?.[0]).toMatch(/at most 200 KB/);
  });

  it('refuses a title over 200 characters and unknown fields', () => {
    const errors = refusal(good({ title: 'x'.repeat(201), publishAt: 'typo' }));
    expect(errors['item 1: title']).toEqual(['must be at most 200 characters']);
    expect(errors['item 1']).toEqual(['unknown field(s): publishAt']);
  });

  it('refuses what is not an article object: a number, null, an empty array, a string', () => {
    expect(refusal([good(), 5])).toEqual({ 'item 2': ['must be an object'] });
    expect(Object.keys(refusal(null))).toEqual(['file']);
    expect(Object.keys(refusal([]))).toEqual(['file']);
    expect(Object.keys(refusal('hello'))).toEqual(['file']);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseImportJson('{"title": ')).toThrow(ValidationError);
    expect(parseImportJson('[{"a":1}]')).toEqual([{ a: 1 }]);
  });
});

describe('parseInstantWithOffset', () => {
  it('reads Z, +hh:mm and -hhmm offsets', () => {
    expect(parseInstantWithOffset('2026-01-02T03:04:05Z')).toBe(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(parseInstantWithOffset('2026-01-02T10:04+07:00')).toBe(Date.UTC(2026, 0, 2, 3, 4));
    expect(parseInstantWithOffset('2026-01-01T22:04:00-0500')).toBe(Date.UTC(2026, 0, 2, 3, 4));
  });
});

// Ranked full-text search: what it finds, in which order, how it marks hits, and that nothing a
// reader types can break it.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { searchArticles } from '@/db/articles/search';
import { articles, sections, users } from '@/db/schema';
import { parseSearch, snippetHtml } from '@/lib/search-query';

const NOW = Date.UTC(2026, 3, 26, 12, 0);
const DAY = 86_400_000;
let ana: number;
let budi: number;
let world: number;
let sport: number;

function add(slug: string, fields: Partial<typeof articles.$inferInsert>) {
  return getDb()
    .insert(articles)
    .values({ slug, title: slug, authorId: ana, status: 'published', publishedAt: NOW - DAY, ...fields })
    .returning({ id: articles.id })
    .get().id;
}
const slugs = (q: string, opts: Partial<Parameters<typeof searchArticles>[1]> = {}) =>
  searchArticles(q, { now: NOW, ...opts }).items.map((a) => a.slug);

beforeAll(() => {
  const db = getDb();
  [ana, budi] = db
    .insert(users)
    .values([
      { email: 'ana@example.test', name: 'Ana P', fullName: 'Ana Pereira', slug: 'ana-p' },
      { email: 'budi@example.test', name: 'Budi N', fullName: 'Budi Nugroho', slug: 'budi-n' },
    ])
    .returning({ id: users.id })
    .all()
    .map((r) => r.id);
  [world, sport] = db
    .insert(sections)
    .values([
      { name: 'World', slug: 'world' },
      { name: 'Sport', slug: 'sport' },
    ])
    .returning({ id: sections.id })
    .all()
    .map((r) => r.id);
  add('body-match', {
    title: 'Council meets',
    body: '<p>The river flood was discussed at length.</p>',
    publishedAt: NOW - 1000,
  });
  add('title-match', {
    title: 'River flood warning',
    body: '<p>Residents were told to move.</p>',
    publishedAt: NOW - 5 * DAY,
    sectionId: world,
  });
  add('cafe', {
    title: 'Café owners protest',
    summary: 'Kopi and croissants',
    sectionId: sport,
    authorId: budi,
  });
  add('phrase', { title: 'Rainy season', body: '<p>The old harbour bridge closed; a new bridge opens.</p>' });
  add('hostile', {
    title: 'Markup in text',
    body: '<p>Use &lt;script&gt;alert(1)&lt;/script&gt; carefully &amp; escape it.</p>',
  });
  add('indonesian', { title: 'Banjir melanda Jakarta', body: '<p>Warga mengungsi ke masjid terdekat.</p>' });
  add('draft-flood', { title: 'River flood draft', status: 'draft' });
  add('future-flood', { title: 'River flood scheduled', publishedAt: NOW + DAY });
});

describe('search results', () => {
  it('ranks a title match above a body match, and sorts by date when asked', () => {
    expect(slugs('river flood')).toEqual(['title-match', 'body-match']);
    expect(slugs('river flood', { sort: 'newest' })).toEqual(['body-match', 'title-match']);
  });

  it('requires every word, matches quoted phrases and treats the last word as a prefix', () => {
    expect(slugs('river council')).toEqual(['body-match']);
    expect(slugs('"harbour bridge"')).toEqual(['phrase']);
    expect(slugs('"bridge harbour"')).toEqual([]);
    expect(slugs('harb')).toEqual(['phrase']);
    expect(slugs('harb ')).toEqual([]);
  });

  it('folds diacritics both ways and tokenises Indonesian words', () => {
    expect(slugs('cafe')).toEqual(['cafe']);
    expect(slugs('CAFÉ')).toEqual(['cafe']);
    expect(slugs('banjir jakarta')).toEqual(['indonesian']);
    expect(slugs('mengungsi')).toEqual(['indonesian']);
  });

  it('filters by section, author and publish dates', () => {
    expect(slugs('river', { section: 'world' })).toEqual(['title-match']);
    expect(slugs('cafe', { author: 'budi-n' })).toEqual(['cafe']);
    expect(slugs('cafe', { author: 'ana-p' })).toEqual([]);
    expect(slugs('river', { from: NOW - 2 * DAY })).toEqual(['body-match']);
    expect(slugs('river', { to: NOW - 2 * DAY })).toEqual(['title-match']);
    expect(sport).toBeGreaterThan(0);
  });

  it('never finds drafts or articles scheduled for later', () => {
    expect(slugs('draft')).toEqual([]);
    expect(slugs('scheduled')).toEqual([]);
  });

  it('pages with limit and offset while the total stays the whole count', () => {
    const page2 = searchArticles('river', { now: NOW, limit: 1, offset: 1 });
    expect(page2.total).toBe(2);
    expect(page2.items.map((a) => a.slug)).toEqual(['body-match']);
  });
});

describe('snippets', () => {
  it('escape the text first and then mark the matched words', () => {
    const [hit] = searchArticles('script', { now: NOW }).items;
    expect(hit.snippet).toContain('&lt;<mark>script</mark>&gt;');
    expect(hit.snippet).toContain('&amp; escape');
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('mark a folded match in the original spelling', () => {
    expect(searchArticles('cafe', { now: NOW }).items[0].snippet).toContain('<mark>Café</mark>');
  });

  it('cannot be given tags by the text', () => {
    expect(snippetHtml('<b>x</b> \uE000y\uE001')).toBe('&lt;b&gt;x&lt;/b&gt; <mark>y</mark>');
  });
});

describe('whatever a reader types', () => {
  const hostile = [
    '',
    '   ',
    '"',
    '""',
    '"river',
    'river"',
    'NEAR(',
    'NEAR(river flood, 2)',
    'river AND',
    'OR',
    'NOT river',
    '*',
    'river*',
    '^river',
    'title:river',
    '-river',
    '(river',
    'river)',
    '{title}: flood',
    "'; DROP TABLE articles; --",
    '%_%',
    '!!!???...',
    '…—–',
    '\u0000\uE000\uE001',
    'x'.repeat(2000),
    'river '.repeat(400),
    '😀 flood',
    'a"b"c"d',
  ];

  it.each(hostile.map((q) => [q.slice(0, 40), q]))('%j gives a result or nothing, never an error', (_, q) => {
    const result = searchArticles(q, { now: NOW });
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(result.items.length).toBeLessThanOrEqual(result.total);
  });

  it('finds the words inside FTS syntax rather than obeying it', () => {
    expect(slugs('NEAR(river flood)')).toEqual(['title-match', 'body-match']);
    expect(slugs('river:flood OR')).toEqual(['title-match', 'body-match']);
    expect(slugs('"river')).toEqual(['title-match', 'body-match']);
  });

  it('parses at most eight terms and drops punctuation-only ones', () => {
    expect(parseSearch('a b c d e f g h i j').terms).toHaveLength(8);
    expect(parseSearch('!!! ??? ...').match).toBeNull();
    expect(parseSearch('say "hi there" now').match).toBe('"say" AND "hi there" AND "now"*');
    expect(parseSearch('say "x""y"').match).toBe('"say" AND "x" AND "y"');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_EDITION_ID } from '@/db/schema';
import { getDb } from '@/db';
import { getAuthorById, getAuthorBySlug, getAuthorIdBySlug, listPublishedAuthors } from '@/db/people/authors';
import { listByAuthor, listBySection, listByTag, listLatest } from '@/db/articles/listings';
import { searchArticles } from '@/db/articles/search';
import { isPageInRange, offset, pageCount, parsePage } from '@/lib/pagination';
import { articleTags, articles, images, sections, tags, users } from '@/db/schema';

const NOW = Date.UTC(2026, 3, 26, 12, 0);
const HOUR = 3_600_000;
let authorA: number;
let authorB: number;
let world: number;
let sport: number;
let tagId: number;

function addArticle(slug: string, fields: Partial<typeof articles.$inferInsert> = {}): number {
  return getDb()
    .insert(articles)
    .values({
      slug,
      title: `Title ${slug}`,
      summary: `Summary of ${slug}`,
      body: `<p>Body of ${slug}</p>`,
      authorId: authorA,
      status: 'published',
      ...fields,
    })
    .returning({ id: articles.id })
    .get().id;
}

beforeAll(() => {
  const db = getDb();
  [authorA, authorB] = db
    .insert(users)
    .values([
      { email: 'a@example.test', name: 'Ana P', fullName: 'Ana Pereira', slug: 'ana-p' },
      { email: 'b@example.test', name: 'Budi N', fullName: 'Budi Nugroho P.', slug: 'budi-n' },
    ])
    .returning({ id: users.id })
    .all()
    .map((r) => r.id);
  [world, sport] = db
    .insert(sections)
    .values([
      { name: 'World', slug: 'world', position: 1 },
      { name: 'Sport', slug: 'sport', position: 2 },
    ])
    .returning({ id: sections.id })
    .all()
    .map((r) => r.id);
  tagId = db.insert(tags).values({ name: 'Rivers', slug: 'rivers' }).returning({ id: tags.id }).get().id;
  const image = db
    .insert(images)
    .values({ key: 'abc123', mime: 'image/jpeg', width: 2000, height: 1000, widths: '[400,800,1200,1600]' })
    .returning({ id: images.id })
    .get().id;

  addArticle('oldest', { publishedAt: NOW - 30 * HOUR, sectionId: world });
  addArticle('middle', {
    publishedAt: NOW - 20 * HOUR,
    sectionId: sport,
    authorId: authorB,
    leadImageId: image,
    leadImageCaption: 'A quiet river',
  });
  const newest = addArticle('newest', {
    publishedAt: NOW - 1 * HOUR,
    sectionId: world,
    summary: 'Flood barriers hold on the Rhine',
  });
  addArticle('draft', { status: 'draft', publishedAt: NOW - 2 * HOUR, sectionId: world });
  addArticle('in-review', { status: 'review', publishedAt: NOW - 2 * HOUR, sectionId: world });
  addArticle('withdrawn', { status: 'unpublished', publishedAt: NOW - 2 * HOUR, sectionId: world });
  addArticle('scheduled', { publishedAt: NOW + HOUR, sectionId: world });
  addArticle('never-dated', { publishedAt: null, sectionId: world });
  db.insert(articleTags).values({ articleId: newest, tagId }).run();
});

describe('public listings', () => {
  it('lists only published articles whose publish time has passed, newest first', () => {
    const { items, total } = listLatest(FIRST_EDITION_ID, { now: NOW });
    expect(items.map((a) => a.slug)).toEqual(['newest', 'middle', 'oldest']);
    expect(total).toBe(3);
  });

  it('shows a scheduled article once its publish time arrives', () => {
    expect(listLatest(FIRST_EDITION_ID, { now: NOW + HOUR }).items[0].slug).toBe('scheduled');
  });

  it('leaves drafts, articles in review and unpublished articles out of every list', () => {
    const hidden = ['draft', 'in-review', 'withdrawn', 'scheduled', 'never-dated'];
    const all = [
      ...listLatest(FIRST_EDITION_ID, { now: NOW, limit: 100 }).items,
      ...listBySection(world, { now: NOW }).items,
      ...listByAuthor(authorA, FIRST_EDITION_ID, { now: NOW }).items,
      ...listByTag(tagId, { now: NOW }).items,
      ...searchArticles('body', { now: NOW }).items,
    ];
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((a) => hidden.includes(a.slug))).toEqual([]);
  });

  it('filters by section, author and tag, and counts only what it lists', () => {
    expect(listBySection(world, { now: NOW })).toMatchObject({
      total: 2,
      items: [{ slug: 'newest' }, { slug: 'oldest' }],
    });
    expect(listBySection(sport, { now: NOW }).items.map((a) => a.slug)).toEqual(['middle']);
    expect(listByAuthor(authorB, FIRST_EDITION_ID, { now: NOW })).toMatchObject({
      total: 1,
      items: [{ slug: 'middle' }],
    });
    expect(listByTag(tagId, { now: NOW })).toMatchObject({ total: 1, items: [{ slug: 'newest' }] });
  });

  it('returns the card shape, with the largest lead image rendition up to 1200 px and its scaled height', () => {
    const middle = listLatest(FIRST_EDITION_ID, { now: NOW }).items.find((a) => a.slug === 'middle')!;
    expect(middle.section).toEqual({ id: sport, name: 'Sport', slug: 'sport' });
    expect(middle.author).toEqual({ id: authorB, name: 'Budi N', slug: 'budi-n' });
    expect(middle.leadImage).toEqual({
      url: '/uploads/abc123-1200.jpg',
      srcSet:
        '/uploads/abc123-400.jpg 400w, /uploads/abc123-800.jpg 800w, /uploads/abc123-1200.jpg 1200w, /uploads/abc123-1600.jpg 1600w',
      width: 1200,
      height: 600,
      alt: 'A quiet river',
    });
    expect(listLatest(FIRST_EDITION_ID, { now: NOW }).items[0].leadImage).toBeNull();
  });

  it('pages with limit and offset while the total stays the whole count', () => {
    const page2 = listLatest(FIRST_EDITION_ID, { now: NOW, limit: 2, offset: 2 });
    expect(page2.items.map((a) => a.slug)).toEqual(['oldest']);
    expect(page2.total).toBe(3);
  });
});

describe('pagination bounds', () => {
  it('reads a missing ?page= as page 1 and whole numbers from 1 as themselves', () => {
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage('1')).toBe(1);
    expect(parsePage('7')).toBe(7);
  });

  it('rejects 0, negative, non-numeric, fractional, padded and repeated values', () => {
    for (const bad of ['0', '-1', 'x', '1.5', '01', ' 2', '', '1e3', '99999999999'])
      expect(parsePage(bad), bad).toBeNull();
    expect(parsePage(['1', '2'])).toBeNull();
  });

  it('knows which pages exist: one page for an empty list, none past the end', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(12)).toBe(1);
    expect(pageCount(13)).toBe(2);
    expect(isPageInRange(2, 13)).toBe(true);
    expect(isPageInRange(3, 13)).toBe(false);
    expect(isPageInRange(999, 3)).toBe(false);
    expect(offset(3)).toBe(24);
  });
});

describe('authors', () => {
  it('lists only authors with a public article, and finds any author by slug', () => {
    const c = getDb()
      .insert(users)
      .values({ email: 'c@example.test', name: 'Cara D', fullName: 'Cara Drafts', slug: 'cara-d' })
      .returning({ id: users.id })
      .get().id;
    addArticle('cara-draft', { authorId: c, status: 'draft', publishedAt: NOW - HOUR });
    expect(listPublishedAuthors(NOW).map((a) => a.slug)).toEqual(['ana-p', 'budi-n']);
    expect(getAuthorBySlug('cara-d')).toEqual({
      id: c,
      name: 'Cara D',
      fullName: 'Cara Drafts',
      slug: 'cara-d',
      bio: '',
      avatarUrl: null,
    });
    expect(getAuthorBySlug('nobody')).toBeNull();
  });
});

describe('author lookups for caching', () => {
  it('resolves a slug to an id and an id to the same profile', () => {
    const id = getAuthorIdBySlug('budi-n');
    expect(id).toBe(authorB);
    expect(getAuthorById(id!)).toEqual(getAuthorBySlug('budi-n'));
    expect(getAuthorIdBySlug('nobody')).toBeNull();
  });
});

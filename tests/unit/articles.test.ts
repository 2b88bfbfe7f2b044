import { describe, expect, it } from 'vitest';
import { FIRST_EDITION_ID } from '@/db/schema';
import { getDb } from '@/db';
import {
  findSlugRedirect,
  getPublicArticleById,
  getPublicArticleBySlug,
  listLatestFromAuthor,
} from '@/db/articles/public';
import { articleTags, images, slugRedirects, tags } from '@/db/schema';
import { formatPublishDate } from '@/components/dates';
import { makeArticle, makeAuthor, makeSection } from './article-fixtures';

const NOW = Date.UTC(2026, 0, 10, 12);
const DAY = 24 * 60 * 60 * 1000;

describe('listLatestFromAuthor', () => {
  it('lists the five newest other public articles of the author, newest first', () => {
    const author = makeAuthor();
    const other = makeAuthor('Someone Else');
    const current = makeArticle(author.id, { publishedAt: NOW - 3 * DAY });
    const published = Array.from({ length: 7 }, (_, i) =>
      makeArticle(author.id, { publishedAt: NOW - (10 - i) * DAY }),
    );
    makeArticle(author.id, { status: 'draft', publishedAt: NOW - DAY });
    makeArticle(author.id, { status: 'unpublished', publishedAt: NOW - DAY });
    makeArticle(author.id, { publishedAt: NOW + DAY });
    makeArticle(other.id, { publishedAt: NOW - DAY });
    const latest = listLatestFromAuthor(author.id, FIRST_EDITION_ID, current.id, 5, NOW);
    expect(latest.map((a) => a.id)).toEqual(
      published
        .slice(2)
        .reverse()
        .map((a) => a.id),
    );
  });

  it('is empty for an author with no other article', () => {
    const author = makeAuthor();
    const only = makeArticle(author.id);
    expect(listLatestFromAuthor(author.id, FIRST_EDITION_ID, only.id, 5, NOW)).toEqual([]);
  });
});

describe('getPublicArticleBySlug', () => {
  it('returns everything the page renders for a public article', () => {
    const author = makeAuthor('Ayu W');
    const section = makeSection('Economy');
    const image = getDb()
      .insert(images)
      .values({ key: 'harbour', mime: 'image/jpeg', width: 2000, height: 1000, widths: '[480,960,1600]' })
      .returning()
      .get();
    const article = makeArticle(author.id, {
      sectionId: section.id,
      leadImageId: image.id,
      leadImageCaption: 'The harbour at dawn',
      leadImageCredit: 'Photo: Ayu W',
      ratingSum: 9,
      ratingCount: 2,
      views: 12,
    });
    const tag = getDb().insert(tags).values({ name: 'Ports', slug: 'ports' }).returning().get();
    getDb().insert(articleTags).values({ articleId: article.id, tagId: tag.id }).run();
    const page = getPublicArticleBySlug(article.slug, NOW)!;
    expect(page).toMatchObject({
      id: article.id,
      title: article.title,
      bodyHtml: '<p>Body</p>',
      section: { id: section.id, name: section.name, slug: section.slug },
      tags: [{ id: tag.id, name: 'Ports', slug: 'ports' }],
      author: { id: author.id, name: 'Ayu W', fullName: 'Ayu W Full', bio: 'Writes.', avatarUrl: null },
      views: 12,
      ratingAverage: 4.5,
      ratingCount: 2,
      ratingLocked: false,
    });
    expect(page.leadImage).toEqual({
      url: '/uploads/harbour-960.jpg',
      srcSet: '/uploads/harbour-480.jpg 480w, /uploads/harbour-960.jpg 960w, /uploads/harbour-1600.jpg 1600w',
      width: 960,
      height: 480,
      caption: 'The harbour at dawn',
      credit: 'Photo: Ayu W',
    });
  });

  it('returns null for drafts, unpublished and future articles', () => {
    const author = makeAuthor();
    const future = makeArticle(author.id, { publishedAt: NOW + 1 });
    expect(getPublicArticleBySlug(future.slug, NOW)).toBeNull();
    expect(getPublicArticleById(future.id, NOW + 1)).not.toBeNull();
    expect(getPublicArticleBySlug(makeArticle(author.id, { status: 'draft' }).slug, NOW)).toBeNull();
    expect(getPublicArticleBySlug(makeArticle(author.id, { status: 'unpublished' }).slug, NOW)).toBeNull();
    expect(getPublicArticleBySlug('no-such-article', NOW)).toBeNull();
  });

  it('follows an old slug to the current one', () => {
    const author = makeAuthor();
    const article = makeArticle(author.id, { slug: 'new-name' });
    getDb().insert(slugRedirects).values({ slug: 'old-name', articleId: article.id }).run();
    expect(findSlugRedirect('old-name')).toBe('new-name');
    expect(findSlugRedirect('never-existed')).toBeNull();
  });

  it('does not follow an old slug to a draft, pulled or scheduled article, so its new URL stays private', () => {
    const author = makeAuthor();
    const targets = [
      makeArticle(author.id, { slug: 'renamed-draft', status: 'draft' }),
      makeArticle(author.id, { slug: 'renamed-pulled', status: 'unpublished' }),
      makeArticle(author.id, { slug: 'renamed-scheduled', publishedAt: NOW + DAY }),
    ];
    for (const target of targets) {
      getDb()
        .insert(slugRedirects)
        .values({ slug: `was-${target.slug}`, articleId: target.id })
        .run();
      expect(findSlugRedirect(`was-${target.slug}`, NOW)).toBeNull();
    }
    expect(findSlugRedirect('was-renamed-scheduled', NOW + DAY)).toBe('renamed-scheduled');
  });
});

describe('publish date', () => {
  const instant = Date.UTC(2019, 3, 26, 0, 0);
  it('reads "Friday, 26 April 2019 00:00" in UTC', () => {
    expect(formatPublishDate(instant, 'UTC')).toBe('Friday, 26 April 2019 00:00');
  });
  it('moves to the newsroom timezone (Asia/Jakarta is UTC+7)', () => {
    expect(formatPublishDate(instant, 'Asia/Jakarta')).toBe('Friday, 26 April 2019 07:00');
    expect(formatPublishDate(Date.UTC(2019, 3, 25, 20, 30), 'Asia/Jakarta')).toBe(
      'Friday, 26 April 2019 03:30',
    );
  });
});

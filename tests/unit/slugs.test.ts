import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { saveArticle } from '@/db/articles/editor';
import { SLUG_REDIRECTS_ELSEWHERE } from '@/db/articles/input';
import { findSlugRedirect, getPublicArticleBySlug } from '@/db/articles/public';
import type { Actor } from '@/db/people/permissions';
import { slugRedirects } from '@/db/schema';
import { publishArticle, unpublishArticle } from '@/db/articles/workflow';
import { makeArticle, makeStaff } from './editor-fixtures';

let editor: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
});

const redirectsOf = (articleId: number) =>
  getDb()
    .select()
    .from(slugRedirects)
    .where(eq(slugRedirects.articleId, articleId))
    .all()
    .map((r) => r.slug);

describe('slug changes', () => {
  it('of a published article keep the old URL as a permanent redirect', async () => {
    const a = await makeArticle(editor, { slug: 'old-headline' });
    await publishArticle(editor, a.id);
    await saveArticle(editor, a.id, { slug: 'new-headline', baseVersion: 1 });
    expect(redirectsOf(a.id)).toEqual(['old-headline']);
    expect(findSlugRedirect('old-headline')).toBe('new-headline');
    expect(getPublicArticleBySlug('new-headline', Date.now())?.id).toBe(a.id);
  });

  it('twice keep both old URLs pointing at the article', async () => {
    const a = await makeArticle(editor, { slug: 'first-slug' });
    await publishArticle(editor, a.id);
    await saveArticle(editor, a.id, { slug: 'second-slug', baseVersion: 1 });
    await saveArticle(editor, a.id, { slug: 'third-slug', baseVersion: 2 });
    expect(redirectsOf(a.id).sort()).toEqual(['first-slug', 'second-slug']);
    expect(findSlugRedirect('first-slug')).toBe('third-slug');
  });

  it('back to an old slug remove that redirect, so the article owns its URL again', async () => {
    const a = await makeArticle(editor, { slug: 'going-back' });
    await publishArticle(editor, a.id);
    await saveArticle(editor, a.id, { slug: 'went-away', baseVersion: 1 });
    await saveArticle(editor, a.id, { slug: 'going-back', baseVersion: 2 });
    expect(redirectsOf(a.id)).toEqual(['went-away']);
    expect(findSlugRedirect('going-back')).toBeNull();
  });

  it('of a draft write no redirect', async () => {
    const a = await makeArticle(editor, { slug: 'draft-slug' });
    await saveArticle(editor, a.id, { slug: 'draft-slug-renamed', baseVersion: 1 });
    expect(redirectsOf(a.id)).toEqual([]);
  });

  it('of a scheduled article write no redirect: its old URL was never public', async () => {
    const a = await makeArticle(editor, { slug: 'scheduled-slug' });
    await publishArticle(editor, a.id, { publishedAt: Date.now() + 86_400_000 });
    await saveArticle(editor, a.id, { slug: 'scheduled-slug-renamed', baseVersion: 1 });
    expect(redirectsOf(a.id)).toEqual([]);
  });

  it('of an unpublished article keep the old URL for when it returns', async () => {
    const a = await makeArticle(editor, { slug: 'pulled-story' });
    await publishArticle(editor, a.id);
    await unpublishArticle(editor, a.id);
    await saveArticle(editor, a.id, { slug: 'pulled-story-corrected', baseVersion: 1 });
    expect(redirectsOf(a.id)).toEqual(['pulled-story']);
  });

  it('cannot take the slug of another article', async () => {
    await makeArticle(editor, { slug: 'owned-elsewhere' });
    const a = await makeArticle(editor, { slug: 'mine-for-now' });
    await publishArticle(editor, a.id);
    await expect(saveArticle(editor, a.id, { slug: 'owned-elsewhere', baseVersion: 1 })).rejects.toThrow(
      /already used/,
    );
    expect(redirectsOf(a.id)).toEqual([]);
  });
});

describe('old slugs of other articles', () => {
  it('cannot be taken: the redirect keeps sending readers to the article that had it', async () => {
    const moved = await makeArticle(editor, { slug: 'moved-away-from' });
    await publishArticle(editor, moved.id);
    await saveArticle(editor, moved.id, { slug: 'moved-to', baseVersion: 1 });
    const other = await makeArticle(editor, { slug: 'wants-old-address' });
    await expect(saveArticle(editor, other.id, { slug: 'moved-away-from', baseVersion: 1 })).rejects.toThrow(
      SLUG_REDIRECTS_ELSEWHERE,
    );
    await expect(makeArticle(editor, { slug: 'moved-away-from' })).rejects.toThrow(SLUG_REDIRECTS_ELSEWHERE);
    expect(redirectsOf(moved.id)).toEqual(['moved-away-from']);
    expect(findSlugRedirect('moved-away-from')).toBe('moved-to');
  });

  it('are skipped when a slug is made from the title', async () => {
    const moved = await makeArticle(editor, { title: 'Tram line opens', slug: 'tram-line-opens' });
    await publishArticle(editor, moved.id);
    await saveArticle(editor, moved.id, { slug: 'tram-line-opens-at-last', baseVersion: 1 });
    const fresh = await makeArticle(editor, { title: 'Tram line opens' });
    expect(fresh.slug).toBe('tram-line-opens-2');
    expect(findSlugRedirect('tram-line-opens')).toBe('tram-line-opens-at-last');
  });
});

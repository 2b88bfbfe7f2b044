// One public article in the shape its page renders. "Public" is decided at query time: status
// 'published' and a publish time that has passed (DESIGN.md §4).
import 'server-only';
import { and, asc, desc, eq, lte, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { imageUrl, leadImageOf } from '@/lib/image-urls';
import { articleTags, articles, images, sections, slugRedirects, tags, users } from '@/db/schema';

export type PublicArticle = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: number;
  updatedAt: number;
  section: { id: number; name: string; slug: string } | null;
  tags: { id: number; name: string; slug: string }[];
  author: { id: number; name: string; fullName: string; slug: string; bio: string; avatarUrl: string | null };
  leadImage: {
    url: string;
    srcSet: string;
    width: number;
    height: number;
    caption: string;
    credit: string;
  } | null;
  views: number;
  ratingAverage: number;
  ratingCount: number;
  ratingLocked: boolean;
  editionId: number;
  /** The story's source article (itself for a source): its translations share it. */
  storyId: number;
};

export type LatestLink = { id: number; slug: string; title: string; publishedAt: number };

type ImageRow = { key: string; mime: string; width: number; height: number; widths: string };

function widthsOf(row: ImageRow): number[] {
  try {
    const list = JSON.parse(row.widths) as unknown;
    if (Array.isArray(list) && list.every((w) => Number.isInteger(w) && w > 0))
      return [...list].sort((a, b) => a - b);
  } catch {
    // fall through: a malformed row still renders its original width
  }
  return [row.width];
}

function leadImage(row: ImageRow, caption: string, credit: string): NonNullable<PublicArticle['leadImage']> {
  const main = leadImageOf(row, caption);
  const srcSet = widthsOf(row)
    .map((w) => `${imageUrl(row.key, w, row.mime)} ${w}w`)
    .join(', ');
  return { url: main.url, srcSet, width: main.width, height: main.height, caption, credit };
}

function avatarUrl(avatarImageId: number | null): string | null {
  if (avatarImageId == null) return null;
  const row = getDb().select().from(images).where(eq(images.id, avatarImageId)).get();
  if (!row) return null;
  // The smallest rendition is still larger than the 96 px the avatar is drawn at.
  return imageUrl(row.key, widthsOf(row)[0], row.mime);
}

/** The article whatever its status (for the page's 404 decision and the cache lifetime). */
export function getArticleStateBySlug(
  slug: string,
): { id: number; status: string; publishedAt: number | null; editionId: number } | null {
  return (
    getDb()
      .select({
        id: articles.id,
        status: articles.status,
        publishedAt: articles.publishedAt,
        editionId: articles.editionId,
      })
      .from(articles)
      .where(eq(articles.slug, slug))
      .get() ?? null
  );
}

export function isPublicState(a: { status: string; publishedAt: number | null }, now: number): boolean {
  return a.status === 'published' && a.publishedAt != null && a.publishedAt <= now;
}

/**
 * Everything the article page renders, or null when the article is not public at `now`.
 * `anyStatus` is for the staff preview (db/articles/editor-view.ts): an unpublished article exactly as readers will see it.
 */
export function getPublicArticleById(id: number, now: number, anyStatus = false): PublicArticle | null {
  const db = getDb();
  const row = db
    .select({ a: articles, section: sections, author: users, image: images })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(images, eq(images.id, articles.leadImageId))
    .where(
      anyStatus
        ? eq(articles.id, id)
        : and(eq(articles.id, id), eq(articles.status, 'published'), lte(articles.publishedAt, now)),
    )
    .get();
  if (!row) return null;
  const { a, section, author, image } = row;
  const articleTagRows = db
    .select({ id: tags.id, name: tags.name, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name))
    .all();
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    summary: a.summary,
    bodyHtml: a.body,
    publishedAt: a.publishedAt!,
    updatedAt: a.updatedAt,
    section: section ? { id: section.id, name: section.name, slug: section.slug } : null,
    tags: articleTagRows,
    author: {
      id: author.id,
      name: author.name,
      fullName: author.fullName,
      slug: author.slug,
      bio: author.bio,
      avatarUrl: avatarUrl(author.avatarImageId),
    },
    leadImage: image ? leadImage(image, a.leadImageCaption, a.leadImageCredit) : null,
    views: a.views,
    ratingAverage: a.ratingCount > 0 ? a.ratingSum / a.ratingCount : 0,
    ratingCount: a.ratingCount,
    ratingLocked: a.ratingLocked,
    editionId: a.editionId,
    storyId: a.translationOf ?? a.id,
  };
}

export function getPublicArticleBySlug(slug: string, now: number): PublicArticle | null {
  const state = getArticleStateBySlug(slug);
  return state ? getPublicArticleById(state.id, now) : null;
}

/**
 * The current slug an old slug now points at, or null. Only a public article is followed: the
 * redirect must not reveal the new URL of an article that was pulled or is not out yet.
 */
export function findSlugRedirect(slug: string, now = Date.now()): string | null {
  const row = getDb()
    .select({ slug: articles.slug, status: articles.status, publishedAt: articles.publishedAt })
    .from(slugRedirects)
    .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
    .where(eq(slugRedirects.slug, slug))
    .get();
  return row && row.slug !== slug && isPublicState(row, now) ? row.slug : null;
}

/** The author's newest other public articles in the edition, newest first ("Latest from <name>"). */
export function listLatestFromAuthor(
  authorId: number,
  editionId: number,
  excludeArticleId: number,
  limit = 5,
  now = Date.now(),
): LatestLink[] {
  return getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(
      and(
        eq(articles.authorId, authorId),
        eq(articles.editionId, editionId),
        ne(articles.id, excludeArticleId),
        eq(articles.status, 'published'),
        lte(articles.publishedAt, now),
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, publishedAt: r.publishedAt ?? 0 }));
}

/**
 * The slug of a public article (for redirects after a vote), or null. Never the slug of a draft,
 * scheduled or pulled article: anyone can post to the vote endpoint with any id.
 */
export function getPublicArticleSlugById(id: number, now = Date.now()): string | null {
  const row = getDb()
    .select({ slug: articles.slug, status: articles.status, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.id, id))
    .get();
  return row && isPublicState(row, now) ? row.slug : null;
}

/** Whether an article in this state is public right now. */
export function isPublicNow(a: { status: string; publishedAt: number | null }): boolean {
  return isPublicState(a, Date.now());
}

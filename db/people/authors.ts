// Authors as readers see them: the public profile only (no email, role or password state).
import 'server-only';
import { and, asc, eq, exists, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { leadImageOf } from '@/lib/image-urls';
import { articles, images, users } from '@/db/schema';

export type AuthorProfile = {
  id: number;
  name: string;
  fullName: string;
  slug: string;
  bio: string;
  avatarUrl: string | null;
};

function profiles() {
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      fullName: users.fullName,
      slug: users.slug,
      bio: users.bio,
      image: {
        key: images.key,
        mime: images.mime,
        width: images.width,
        height: images.height,
        widths: images.widths,
      },
    })
    .from(users)
    .leftJoin(images, eq(images.id, users.avatarImageId))
    .$dynamic();
}

function toProfile(r: ReturnType<typeof profiles>['_']['result'][number]): AuthorProfile {
  const { image, ...rest } = r;
  // Avatars render at most 96 px wide (192 px on dense screens), so a small rendition is enough.
  return { ...rest, avatarUrl: image ? leadImageOf(image, '', 400).url : null };
}

export function getAuthorBySlug(slug: string): AuthorProfile | null {
  const row = profiles().where(eq(users.slug, slug)).get();
  return row ? toProfile(row) : null;
}

export function getAuthorById(id: number): AuthorProfile | null {
  const row = profiles().where(eq(users.id, id)).get();
  return row ? toProfile(row) : null;
}

/** The id behind an author page's slug, for caching the profile under the author's own tag. */
export function getAuthorIdBySlug(slug: string): number | null {
  return getDb().select({ id: users.id }).from(users).where(eq(users.slug, slug)).get()?.id ?? null;
}

/** Authors with at least one public article: the bylines a reader can meet (for the sitemap). */
export function listPublishedAuthors(now: number): AuthorProfile[] {
  const db = getDb();
  const hasPublic = db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(eq(articles.authorId, users.id), eq(articles.status, 'published'), lte(articles.publishedAt, now)),
    );
  return profiles().where(exists(hasPublic)).orderBy(asc(users.name)).all().map(toProfile);
}

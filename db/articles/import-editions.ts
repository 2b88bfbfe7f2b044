// The edition and translation fields of an import (issue 11): `"edition": "id"` files the article in
// that edition; `"translationOf": "<slug or URL>"` links it to the story it translates. Each bad value
// is named (item, field, why) and, like every other problem, stops the whole import.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { articles, editions, slugRedirects } from '@/db/schema';
import type { ValidItem } from './import-input';

type Add = (index: number, field: string, message: string) => void;
type EditionRow = { id: number; tag: string; isDefault: boolean };

/** Fills each valid item's editionId and translationOf, or reports why it cannot. */
export function resolveEditions(list: unknown[], items: (ValidItem | null)[], db: Db, add: Add): void {
  const all = db
    .select({ id: editions.id, tag: editions.tag, isDefault: editions.isDefault })
    .from(editions)
    .all();
  const known = all.map((e) => e.tag).join(', ');
  const claimed = new Set<string>();
  list.forEach((raw, index) => {
    const { edition, translationOf } = (raw ?? {}) as { edition?: unknown; translationOf?: unknown };
    const found = typeof edition === 'string' ? findEdition(all, edition) : all.find((e) => e.isDefault)!;
    if (!found) {
      add(
        index,
        'edition',
        `no edition has the tag “${String(edition).trim()}” (this newsroom has: ${known})`,
      );
      return;
    }
    const item = items[index];
    if (item) item.editionId = found.id;
    if (typeof translationOf !== 'string' || !translationOf.trim()) return;
    const story = findStory(db, translationOf);
    if (typeof story === 'string') return add(index, 'translationOf', story);
    if (story.editionId === found.id)
      return add(
        index,
        'translationOf',
        `“${story.slug}” is in the same edition (${found.tag}); a translation is in another`,
      );
    const key = `${story.storyId}:${found.id}`;
    const existing = db
      .select({ slug: articles.slug })
      .from(articles)
      .where(
        sql`${articles.editionId} = ${found.id} AND (${articles.id} = ${story.storyId} OR ${articles.translationOf} = ${story.storyId})`,
      )
      .get();
    if (existing || claimed.has(key))
      return add(
        index,
        'translationOf',
        `the story already has a version in “${found.tag}”${existing ? `: “${existing.slug}”` : ' in this file'}`,
      );
    claimed.add(key);
    if (item) item.translationOf = story.storyId;
  });
}

function findEdition(all: EditionRow[], raw: string): EditionRow | undefined {
  return all.find((e) => e.tag.toLowerCase() === raw.trim().toLowerCase());
}

/** The slug in "https://site/id/articles/<slug>", "/articles/<slug>" or "<slug>". */
function slugOf(reference: string): string {
  const text = reference.trim();
  let path = text;
  try {
    path = new URL(text).pathname;
  } catch {
    // not a URL: a path or a bare slug
  }
  const match = /\/articles\/([^/?#]+)/.exec(path);
  return decodeURIComponent(match ? match[1] : path.replace(/^\/+|\/+$/g, ''));
}

function findStory(db: Db, reference: string): { slug: string; editionId: number; storyId: number } | string {
  const slug = slugOf(reference);
  const columns = {
    slug: articles.slug,
    editionId: articles.editionId,
    id: articles.id,
    translationOf: articles.translationOf,
  };
  const row =
    db.select(columns).from(articles).where(eq(articles.slug, slug)).get() ??
    db
      .select(columns)
      .from(slugRedirects)
      .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
      .where(eq(slugRedirects.slug, slug))
      .get();
  if (!row) return `no article has the slug “${slug}”`;
  return { slug: row.slug, editionId: row.editionId, storyId: row.translationOf ?? row.id };
}

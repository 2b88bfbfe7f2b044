// Bulk import of finished articles from JSON (the operator's `npm run article -- import`). Every item
// is validated first (import-input.ts), then all of them go in one transaction: a bad item in a
// batch of fifty leaves the database exactly as it was.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { validateImportItems } from './import-input';
import { requireRole, type Actor } from '@/db/people/permissions';
import { sanitizeBody } from '@/lib/sanitize';
import { articles, articleTags, revisions, slugRedirects, transitions } from '@/db/schema';
import { findOrCreateSection } from '@/db/taxonomy/sections';
import { findOrCreateTags } from '@/db/taxonomy/tags';
import { slugify } from '@/lib/slugs';
import { uniqueSlug, type Operator } from '@/db/people/users';

export { parseImportJson, parseInstantWithOffset, MAX_IMPORT_BODY_BYTES } from './import-input';

export type ImportedArticle = { id: number; slug: string; title: string; publishedAt: number };

/** Imports one article or an array of them as published; all or nothing. Editors and the operator only. */
export function importArticles(data: unknown, actor: Actor | Operator = 'operator'): ImportedArticle[] {
  if (actor !== 'operator') requireRole(actor, 'editor', 'Only an editor can import published articles.');
  const db = getDb();
  const items = validateImportItems(data, db);
  const actorId = actor === 'operator' ? null : actor.id;
  return db.transaction(
    (tx) =>
      items.map((item) => {
        // An old slug still redirects to its article, so a new article must not take it either.
        const slug = uniqueSlug(
          slugify(item.title),
          (s) =>
            !!tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, s)).get() ||
            !!tx
              .select({ slug: slugRedirects.slug })
              .from(slugRedirects)
              .where(eq(slugRedirects.slug, s))
              .get(),
        );
        const body = sanitizeBody(item.body);
        const sectionId = findOrCreateSection(tx, item.editionId, item.section);
        const summary = item.summary ?? '';
        const now = Date.now();
        const { id } = tx
          .insert(articles)
          .values({
            slug,
            title: item.title,
            summary,
            body,
            sectionId,
            editionId: item.editionId,
            translationOf: item.translationOf,
            // Made from the source as it is now: current until the source changes.
            translationSourceVersion:
              item.translationOf == null
                ? null
                : sql`(SELECT ${articles.version} FROM ${articles} WHERE ${articles.id} = ${item.translationOf})`,
            authorId: item.authorId,
            createdBy: actorId,
            status: 'published',
            publishedAt: item.publishedAt,
            version: 1,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: articles.id })
          .get();
        for (const tagId of findOrCreateTags(tx, item.editionId, item.tags))
          tx.insert(articleTags).values({ articleId: id, tagId }).onConflictDoNothing().run();
        tx.insert(revisions)
          .values({
            articleId: id,
            version: 1,
            title: item.title,
            slug,
            summary,
            body,
            sectionId,
            authorId: item.authorId,
            tags: JSON.stringify(item.tags),
            savedBy: actorId,
            createdAt: now,
          })
          .run();
        tx.insert(transitions)
          .values({
            articleId: id,
            fromStatus: 'draft',
            toStatus: 'published',
            actorId,
            comment: 'Imported',
            createdAt: now,
          })
          .run();
        return { id, slug, title: item.title, publishedAt: item.publishedAt };
      }),
    // Reads (slugs, sections) before writes: a deferred transaction fails with "database is locked"
    // when the running site commits a vote or a view in between; IMMEDIATE takes the lock first.
    { behavior: 'immediate' },
  );
}

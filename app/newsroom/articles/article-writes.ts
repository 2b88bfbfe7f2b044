// Server-side steps shared by the editor's actions: storing an uploaded lead image and expiring
// the public pages an article appears on, at once for the person who changed it (updateTag).
import { updateTag } from 'next/cache';
import { cacheTags, tagsForArticle } from '@/app/cache-tags';
import type { AffectedArticle } from '@/db/articles/editor';
import { ValidationError } from '@/lib/errors';
import { discardUpload, storeUpload, type ImageView } from '@/db/images/uploads';
import type { Actor } from '@/db/people/permissions';

export type LeadImageChoice =
  { ok: true; id: number | null; uploaded: ImageView | null } | { ok: false; message: string };

/** A new file wins; then "remove"; otherwise the image the form was showing (kept across refusals). */
export async function leadImageFrom(actor: Actor, data: FormData): Promise<LeadImageChoice> {
  const file = data.get('leadImage');
  if (file instanceof File && file.size > 0) {
    try {
      const uploaded = await storeUpload(actor, {
        bytes: Buffer.from(await file.arrayBuffer()),
        originalName: file.name,
      });
      return { ok: true, id: uploaded.id, uploaded };
    } catch (error) {
      if (error instanceof ValidationError)
        return { ok: false, message: error.fieldErrors.image?.join(' ') ?? error.message };
      throw error;
    }
  }
  if (data.get('removeLeadImage')) return { ok: true, id: null, uploaded: null };
  const kept = Number(data.get('leadImageId'));
  return { ok: true, id: Number.isInteger(kept) && kept > 0 ? kept : null, uploaded: null };
}

/**
 * The upload is stored before the save because the save needs its id; a refused save takes it back
 * (a no-op once an article uses it), so refusals leave no orphaned rows or files.
 */
export async function discardRefusedUpload(actor: Actor, choice: LeadImageChoice): Promise<void> {
  if (choice.ok && choice.uploaded) await discardUpload(actor, choice.uploaded.id);
}

/** Expires the article's page and every list it was or is now on (old and new author, section, tags). */
export function expireArticlePages(a: AffectedArticle): void {
  const tags = new Set([
    ...tagsForArticle({ id: a.id, authorId: a.authorId, sectionId: a.sectionId, tagIds: a.tagIds }),
    ...tagsForArticle({
      id: a.id,
      authorId: a.previousAuthorId,
      sectionId: a.previousSectionId,
      tagIds: a.previousTagIds,
    }),
  ]);
  for (const tag of tags) updateTag(tag);
}

export function expireSectionPages(sectionIds: number[] = []): void {
  for (const tag of new Set([
    cacheTags.sections,
    cacheTags.lists,
    cacheTags.front,
    ...sectionIds.map(cacheTags.section),
  ]))
    updateTag(tag);
}

// The lead image a save uses: a new upload is stored before the save (which needs its id) and taken
// back when the save is refused, so refusals leave no orphaned rows or files.
import { DomainError, ValidationError, type FieldErrors } from '@/lib/errors';
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

/** Takes back an upload whose save was refused (a no-op once an article uses it). */
export async function discardRefusedUpload(actor: Actor, choice: LeadImageChoice): Promise<void> {
  if (choice.ok && choice.uploaded) await discardUpload(actor, choice.uploaded.id);
}

/** The chosen file cannot be a lead image: nothing was saved. */
export class LeadImageRefused extends DomainError {
  override readonly fieldErrors: FieldErrors;
  constructor(reason: string) {
    super('Not saved: the image could not be used.');
    this.fieldErrors = { leadImage: [reason] };
    this.name = 'LeadImageRefused';
  }
}

/** Runs a save with the lead image the form chose; whatever refuses the save takes the upload back. */
export async function withLeadImage<R>(
  actor: Actor,
  data: FormData,
  save: (leadImageId: number | null) => Promise<R>,
): Promise<R> {
  const image = await leadImageFrom(actor, data);
  if (!image.ok) throw new LeadImageRefused(image.message);
  try {
    return await save(image.id);
  } catch (error) {
    await discardRefusedUpload(actor, image);
    throw error;
  }
}

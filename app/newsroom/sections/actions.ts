'use server';
// Sections and tags (editors+). Each action calls one db/ write, which checks the role itself, then
// expires the public pages that show the name: the header's section list, the lists, the pages.
import { refresh, updateTag } from 'next/cache';
import { requireActor } from '@/auth';
import { cacheTags } from '@/app/cache-tags';
import { ValidationError } from '@/lib/errors';
import { PermissionError } from '@/db/people/permissions';
import { createSection, deleteSection, renameSection } from '@/db/taxonomy/sections';
import { createTag, deleteTag, renameTag } from '@/db/taxonomy/tags';
import type { TaxonomyKind, TaxonomyState } from '@/components/editor/taxonomy-types';
import { expireSectionPages } from '../articles/article-writes';

function fields(data: FormData) {
  const get = (k: string) => (typeof data.get(k) === 'string' ? (data.get(k) as string) : undefined);
  return { name: get('name') ?? '', slug: get('slug') ?? '', description: get('description') };
}

async function run(work: () => Promise<string>, values?: TaxonomyState['values']): Promise<TaxonomyState> {
  try {
    const message = await work();
    refresh();
    return { status: 'done', message, errors: {} };
  } catch (error) {
    if (error instanceof ValidationError)
      return { status: 'error', message: 'Not saved.', errors: error.fieldErrors, values };
    if (error instanceof PermissionError)
      return { status: 'error', message: error.message, errors: {}, values };
    throw error;
  }
}

function expireTag(id: number, articleIds: number[] = []) {
  for (const tag of [cacheTags.tag(id), cacheTags.lists, ...articleIds.map(cacheTags.article)])
    updateTag(tag);
}

export async function createAction(
  kind: TaxonomyKind,
  _prev: TaxonomyState,
  data: FormData,
): Promise<TaxonomyState> {
  const actor = await requireActor('editor');
  const v = fields(data);
  return run(async () => {
    if (kind === 'section') {
      const s = await createSection(actor, v);
      expireSectionPages([s.id]);
      return `Section “${s.name}” created.`;
    }
    const t = await createTag(actor, v);
    expireTag(t.id);
    return `Tag “${t.name}” created.`;
  }, v);
}

export async function renameAction(
  kind: TaxonomyKind,
  id: number,
  _prev: TaxonomyState,
  data: FormData,
): Promise<TaxonomyState> {
  const actor = await requireActor('editor');
  const v = fields(data);
  return run(async () => {
    if (kind === 'section') {
      const s = await renameSection(actor, id, v);
      expireSectionPages([s.id]);
      return `Saved as “${s.name}”.`;
    }
    const t = await renameTag(actor, id, v);
    expireTag(t.id);
    return `Saved as “${t.name}”.`;
  }, v);
}

export async function deleteAction(kind: TaxonomyKind, id: number): Promise<TaxonomyState> {
  const actor = await requireActor('editor');
  return run(async () => {
    if (kind === 'section') {
      await deleteSection(actor, id);
      expireSectionPages([id]);
      return 'Section deleted.';
    }
    const { articleIds } = await deleteTag(actor, id);
    expireTag(id, articleIds);
    return 'Tag deleted.';
  });
}

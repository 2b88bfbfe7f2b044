'use server';
// Sections and tags (editors+): create, rename, delete. Each calls one db/ write, which checks the
// role itself and returns what it changed in public (the section list every page shows, the lists,
// the pages of a deleted tag's articles); guardedAction expires exactly that.
import { z } from 'zod';
import { guardedAction } from '@/app/newsroom/guarded-action';
import { createSection, deleteSection, renameSection } from '@/db/taxonomy/sections';
import { createTag, deleteTag, renameTag } from '@/db/taxonomy/tags';

// The data layer checks names and slugs (the same rules for the CLI); the form only carries them.
const names = z.object({
  name: z.string().default(''),
  slug: z.string().default(''),
  // Absent when the form has no such field: a rename then keeps the description it had.
  description: z.string().optional(),
});
const named = names.extend({ id: z.number().int().positive() });
const byId = z.object({ id: z.number().int().positive() });

const common = { role: 'editor', summary: 'Not saved.', keep: ['name', 'slug', 'description'] } as const;
const bound = ['id'] as const;

/** Bound to the edition the section is created in (the page has one form per edition). */
export const createSectionAction = guardedAction({
  name: 'section.create',
  ...common,
  schema: names.extend({ editionId: z.number().int().positive() }),
  bound: ['editionId'],
  run: (actor, input) => createSection(actor, input),
  affected: (s) => s.affected,
  done: (s) => `Section “${s.name}” created.`,
});

export const renameSectionAction = guardedAction({
  name: 'section.rename',
  ...common,
  schema: named,
  bound,
  run: (actor, { id, ...input }) => renameSection(actor, id, input),
  affected: (s) => s.affected,
  done: (s) => `Saved as “${s.name}”.`,
});

export const deleteSectionAction = guardedAction({
  name: 'section.delete',
  role: 'editor',
  summary: 'Not saved.',
  schema: byId,
  bound,
  run: (actor, { id }) => deleteSection(actor, id),
  affected: (affected) => affected,
  done: () => 'Section deleted.',
});

export const createTagAction = guardedAction({
  name: 'tag.create',
  ...common,
  schema: names,
  run: (actor, input) => createTag(actor, input),
  affected: (t) => t.affected,
  done: (t) => `Tag “${t.name}” created.`,
});

export const renameTagAction = guardedAction({
  name: 'tag.rename',
  ...common,
  schema: named,
  bound,
  run: (actor, { id, ...input }) => renameTag(actor, id, input),
  affected: (t) => t.affected,
  done: (t) => `Saved as “${t.name}”.`,
});

export const deleteTagAction = guardedAction({
  name: 'tag.delete',
  role: 'editor',
  summary: 'Not saved.',
  schema: byId,
  bound,
  run: (actor, { id }) => deleteTag(actor, id),
  affected: (affected) => affected,
  done: () => 'Tag deleted.',
});

'use server';
// Editions (admins): add, rename, make default. Each calls one db/ write, which checks the role and
// the rules itself (db/editions/editions.ts); every public page names its edition and links the
// others, so each write expires the editions tag and the lists.
import { z } from 'zod';
import { guardedAction } from '@/app/newsroom/guarded-action';
import { createEdition, renameEdition, setDefaultEdition } from '@/db/editions/editions';
import { interfaceNote } from './interface-note';

const EDITIONS_CHANGED = { articles: [], editions: true };
const byId = z.object({ id: z.number().int().positive() });

export const createEditionAction = guardedAction({
  name: 'edition.create',
  role: 'admin',
  summary: 'Not added.',
  keep: ['tag', 'name'],
  schema: z.object({ tag: z.string().default(''), name: z.string().default('') }),
  run: (actor, input) => createEdition(actor, input),
  affected: () => EDITIONS_CHANGED,
  done: (e) => `Edition “${e.name}” added at /${e.tag}.${interfaceNote(e.tag)}`,
});

export const renameEditionAction = guardedAction({
  name: 'edition.rename',
  role: 'admin',
  summary: 'Not saved.',
  keep: ['name'],
  schema: byId.extend({ name: z.string().default('') }),
  bound: ['id'],
  run: (actor, { id, name }) => renameEdition(actor, id, name),
  affected: () => EDITIONS_CHANGED,
  done: (e) => `Saved as “${e.name}”.`,
});

export const makeDefaultEditionAction = guardedAction({
  name: 'edition.default',
  role: 'admin',
  schema: byId,
  bound: ['id'],
  run: (actor, { id }) => setDefaultEdition(actor, id),
  affected: () => EDITIONS_CHANGED,
  done: (e) => `${e.name} is now the default edition, at the site’s unprefixed addresses.`,
});

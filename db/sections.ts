import { asc, eq } from 'drizzle-orm';
import { getDb } from './index';
import { sections } from './schema';

export type Section = { id: number; name: string; slug: string; description: string };

const columns = { id: sections.id, name: sections.name, slug: sections.slug, description: sections.description };

/** Every section in the order the newsroom chose (position), then by name. */
export function listSections(): Section[] {
  return getDb().select(columns).from(sections).orderBy(asc(sections.position), asc(sections.name)).all();
}

export function getSectionBySlug(slug: string): Section | null {
  return getDb().select(columns).from(sections).where(eq(sections.slug, slug)).get() ?? null;
}

// Staff, sections and articles for the editorial data-layer tests, made through the real functions.
import { getDb } from '@/db';
import { createArticle, type ArticleInput } from '@/db/articles/editor';
import type { Actor } from '@/db/people/permissions';
import { articles, sections, type Role } from '@/db/schema';
import { createUser } from '@/db/people/users';
import { eq } from 'drizzle-orm';

let counter = 0;

export async function makeStaff(role: Role, name?: string): Promise<Actor & { name: string }> {
  const n = ++counter;
  const byline = name ?? `${role[0].toUpperCase()}${role.slice(1)} ${n}`;
  const user = await createUser(
    { email: `${role}${n}@example.test`, name: byline, fullName: `${byline} Full`, role, password: null },
    'operator',
  );
  return { id: user.id, role, name: byline };
}

export function makeSection(name: string): number {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return getDb().insert(sections).values({ name, slug }).returning({ id: sections.id }).get().id;
}

export async function makeArticle(actor: Actor, input: ArticleInput = {}) {
  const n = ++counter;
  return createArticle(actor, { title: `Article number ${n}`, body: '<p>First paragraph.</p>', ...input });
}

export function articleRow(id: number) {
  return getDb().select().from(articles).where(eq(articles.id, id)).get()!;
}

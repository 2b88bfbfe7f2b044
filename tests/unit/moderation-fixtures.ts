// Rows for the moderation tests, inserted straight into the migrated test database: staff, votes
// with every field under the test's control, and the stored rating totals next to the true ones.
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Actor } from '@/db/people/permissions';
import { users, votes } from '@/db/schema';
import { makeArticle, makeAuthor } from './article-fixtures';

export const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);
export const MIN = 60_000;
let seq = 0;

export function staff(role: Actor['role']): Actor {
  seq++;
  const u = getDb()
    .insert(users)
    .values({
      email: `${role}${seq}@mod.test`,
      name: `${role} ${seq}`,
      fullName: `${role} ${seq} Full`,
      slug: `mod-${role}-${seq}`,
      role,
    })
    .returning()
    .get();
  return { id: u.id, role };
}

/** A vote row as the test describes it; reader, address and network are its own unless given. */
export type VoteSpec = Partial<typeof votes.$inferInsert> & { stars: number };
export function insertVote(articleId: number, spec: VoteSpec) {
  seq++;
  const at = spec.updatedAt ?? spec.createdAt ?? T0;
  return getDb()
    .insert(votes)
    .values({
      articleId,
      readerId: `reader-${seq}`,
      addressHash: `addr-${seq}`,
      networkHash: `net-${seq}`,
      sawPage: true,
      createdAt: at,
      updatedAt: at,
      ...spec,
    })
    .returning()
    .get();
}

/** The truth the stored numbers must match: AVG and COUNT over the counted rows. */
export function truth(articleId: number) {
  const db = getDb();
  const stored = db.get<{ sum: number; count: number }>(
    sql`SELECT rating_sum AS sum, rating_count AS count FROM articles WHERE id = ${articleId}`,
  )!;
  const rows = db.get<{ sum: number | null; count: number }>(
    sql`SELECT SUM(stars) AS sum, COUNT(*) AS count FROM votes WHERE article_id = ${articleId} AND removed_at IS NULL`,
  )!;
  return {
    stored: { sum: stored.sum, count: stored.count },
    rows: { sum: rows.sum ?? 0, count: rows.count },
  };
}

/** Sets the stored totals from the rows, as castVote would have left them for hand-made votes. */
export function syncTotals(articleId: number) {
  getDb()
    .run(sql`UPDATE articles SET rating_sum = (SELECT COALESCE(SUM(stars),0) FROM votes WHERE article_id = ${articleId} AND removed_at IS NULL),
    rating_count = (SELECT COUNT(*) FROM votes WHERE article_id = ${articleId} AND removed_at IS NULL) WHERE id = ${articleId}`);
}

/** A new admin and a new article of their own, for each test of the actions. */
export function adminAndArticle(): { admin: Actor; articleId: number } {
  return { admin: staff('admin'), articleId: makeArticle(makeAuthor().id).id };
}

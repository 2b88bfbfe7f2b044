import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { uploadsDir } from '@/lib/config';
import { seedDemoContentIfEmpty } from '@/db/demo/seed';
import { findUnsafeMarkup, sanitizeBody } from '@/lib/sanitize';
import { SLUG_PATTERN } from '@/lib/slugs';
import { createUser } from '@/db/people/users';

const DAY = 24 * 60 * 60 * 1000;
const all = <T>(query: ReturnType<typeof sql>) => getDb().all<T>(query);
const one = <T>(query: ReturnType<typeof sql>) => getDb().get<T>(query);

function tableCounts() {
  return one<Record<string, number>>(sql`SELECT
    (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM sections) AS sections,
    (SELECT count(*) FROM tags) AS tags, (SELECT count(*) FROM images) AS images,
    (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM votes) AS votes,
    (SELECT count(*) FROM view_days) AS viewDays, (SELECT sum(views) FROM articles) AS views`);
}

describe('demo content', () => {
  it('is not added to a database that already has a staff account', async () => {
    const user = await createUser(
      {
        email: 'first@example.test',
        name: 'First A',
        fullName: 'First Admin',
        role: 'admin',
        password: null,
      },
      'operator',
    );
    expect(await seedDemoContentIfEmpty()).toBe(false);
    expect(tableCounts()).toMatchObject({ articles: 0, sections: 0, users: 1 });
    getDb().run(sql`DELETE FROM users WHERE id = ${user.id}`);
  });

  it('fills an empty database with a newsroom: authors, sections, tags and forty-odd public articles over months', async () => {
    const now = Date.now();
    expect(await seedDemoContentIfEmpty(now)).toBe(true);
    const counts = tableCounts();
    expect(counts.users).toBeGreaterThanOrEqual(4);
    expect(counts.sections).toBeGreaterThanOrEqual(4);
    expect(counts.tags).toBeGreaterThanOrEqual(15);
    const span = one<{ n: number; first: number; last: number }>(sql`
      SELECT count(*) AS n, min(published_at) AS first, max(published_at) AS last
      FROM articles WHERE status = 'published' AND published_at <= ${now}`);
    expect(span.n).toBeGreaterThanOrEqual(40);
    expect(span.last - span.first).toBeGreaterThanOrEqual(90 * DAY);
  });

  it('includes a draft and a scheduled article that readers cannot see yet', () => {
    const hidden = all<{ status: string; publishedAt: number | null }>(sql`
      SELECT status, published_at AS publishedAt FROM articles
      WHERE status <> 'published' OR published_at > ${Date.now()}`);
    expect(hidden.map((a) => a.status).sort()).toEqual(['draft', 'published']);
  });

  it('gives demo authors no password, so nobody can sign in as them', () => {
    expect(one<{ n: number }>(sql`SELECT count(*) AS n FROM users WHERE password_hash IS NOT NULL`).n).toBe(
      0,
    );
  });

  it('stores article bodies as the sanitiser would, each with a heading and a quote or list', () => {
    const rows = all<{ body: string; slug: string; publishedAt: number | null }>(
      sql`SELECT body, slug, published_at AS publishedAt FROM articles`,
    );
    for (const row of rows) {
      expect(row.slug).toMatch(SLUG_PATTERN);
      expect(findUnsafeMarkup(row.body)).toBeNull();
      expect(sanitizeBody(row.body)).toBe(row.body);
      expect(row.body).toContain('<h2>');
      expect(row.body).toMatch(/<blockquote>|<ul>|<ol>/);
      if (row.publishedAt !== null) expect(row.publishedAt % 60_000).toBe(0);
    }
    expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
  });

  it('keeps each article’s views and rating totals equal to its view-day and vote rows', () => {
    const mismatched = all(sql`
      SELECT a.id FROM articles a
      WHERE a.views <> (SELECT coalesce(sum(count), 0) FROM view_days d WHERE d.article_id = a.id)
         OR a.rating_sum <> (SELECT coalesce(sum(stars), 0) FROM votes v WHERE v.article_id = a.id AND v.removed_at IS NULL)
         OR a.rating_count <> (SELECT count(*) FROM votes v WHERE v.article_id = a.id AND v.removed_at IS NULL)`);
    expect(mismatched).toEqual([]);
    const totals = one<{ votes: number; views: number }>(
      sql`SELECT sum(rating_count) AS votes, sum(views) AS views FROM articles`,
    );
    expect(totals.votes).toBeGreaterThan(50);
    expect(totals.views).toBeGreaterThan(10_000);
    const badVotes = all(sql`SELECT id FROM votes
      WHERE stars NOT BETWEEN 1 AND 5 OR reader_id NOT LIKE 'demo-%' OR length(address_hash) <> 64`);
    expect(badVotes).toEqual([]);
  });

  it('writes every width of every lead image to the uploads folder', () => {
    const rows = all<{ key: string; widths: string }>(sql`SELECT key, widths FROM images`);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows)
      for (const width of JSON.parse(row.widths) as number[])
        expect(existsSync(path.join(uploadsDir(), `${row.key}-${width}.webp`))).toBe(true);
    const withImage = one<{ n: number }>(
      sql`SELECT count(*) AS n FROM articles WHERE lead_image_id IS NOT NULL`,
    );
    expect(withImage.n).toBeGreaterThanOrEqual(8);
  });

  it('changes nothing when run again', async () => {
    const before = tableCounts();
    expect(await seedDemoContentIfEmpty()).toBe(false);
    expect(tableCounts()).toEqual(before);
  });
});

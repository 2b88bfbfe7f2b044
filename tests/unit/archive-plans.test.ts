// Issue 9: every list query answers from the index meant for it, with no full SCAN of articles,
// votes, view_days or article_tags. Without ANALYZE statistics SQLite plans the same for ten rows as
// for 100,000, so a small migrated database shows the plans a large archive gets.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { listDashboardArticles } from '@/db/articles/dashboard';
import { newsroomDay } from '@/lib/days';
import { PAGE_TYPES, readContext, type Context } from '@/bench/archive-pages';
import { captureQueries, explain } from '@/bench/query-plans';

const NOW = Date.now();
const HOUR = 3_600_000;
let context: Context;

beforeAll(() => {
  const db = getDb().$client;
  db.exec(`
    INSERT INTO users (email, name, full_name, slug, role) VALUES
      ('admin@example.test', 'Ada A', 'Ada Admin', 'ada', 'admin'),
      ('j@example.test', 'Jo J', 'Jo Journalist', 'jo', 'journalist');
    INSERT INTO sections (name, slug, position) VALUES ('World', 'world', 1), ('Sport', 'sport', 2);
    INSERT INTO tags (name, slug) VALUES ('Rivers', 'rivers');`);
  const insert = db.prepare(`INSERT INTO articles (slug, title, author_id, section_id, status, published_at)
    VALUES (?, ?, 2, ?, ?, ?)`);
  for (let i = 0; i < 30; i++) {
    const status = i % 10 === 9 ? 'draft' : 'published';
    const id = insert.run(`a-${i}`, `Article ${i}`, 1 + (i % 2), status, NOW - i * HOUR).lastInsertRowid;
    db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, 1)').run(id);
    db.prepare('INSERT INTO view_days (article_id, day, count) VALUES (?, ?, 3)').run(id, newsroomDay(NOW));
    db.prepare(
      `INSERT INTO votes (article_id, reader_id, stars, address_hash, network_hash, created_at, updated_at)
      VALUES (?, 'r', 4, 'addr', 'net', ?, ?)`,
    ).run(id, NOW - HOUR, NOW - HOUR);
  }
  db.exec(`UPDATE articles SET rating_sum = 4, rating_count = 1`);
  context = readContext(db, NOW);
});

/** The indexes each page's queries must use between them. */
const INTENDED: Record<string, string[]> = {
  'front page': ['articles_edition_list_idx', 'articles_section_list_idx'],
  'section, page 1': ['sqlite_autoindex_list_counts_1', 'articles_section_list_idx'],
  'section, last page': ['articles_section_list_idx'],
  'author, page 1': ['sqlite_autoindex_article_counts_1', 'articles_author_list_idx'],
  'author, last page': ['articles_author_list_idx'],
  'tag, page 1': ['sqlite_autoindex_list_counts_1', 'article_tags_list_idx'],
  'tag, last page': ['article_tags_list_idx'],
  'dashboard, everyone': ['articles_updated_idx', 'articles_status_updated_idx', 'articles_public_idx'],
  'dashboard, a journalist': ['articles_author_updated_idx'],
  stats: ['articles_listed_idx', 'view_days_day_idx', 'articles_rated_idx'],
  moderation: ['votes_updated_idx', 'articles_rated_idx'],
};

describe('the plans of the list queries', () => {
  for (const page of PAGE_TYPES) {
    it(`${page.name}: no full scan${INTENDED[page.name] ? ', the intended indexes' : ''}`, () => {
      const client = getDb().$client;
      const queries = captureQueries(client, () => void page.load(context));
      expect(queries.length).toBeGreaterThan(0);
      const plans = queries.map((q) => explain(client, q));
      expect(plans.filter((p) => p.scans.length > 0).map((p) => [p.sql, p.lines])).toEqual([]);
      const text = plans.flatMap((p) => p.lines).join('\n');
      for (const index of INTENDED[page.name] ?? [])
        expect(text).toMatch(new RegExp(`INDEX ${index}( |$)`, 'm'));
    });
  }
});

/** The plans of `fn`'s queries, asserting none scans a big table. */
function plansOf(fn: () => unknown) {
  const client = getDb().$client;
  const plans = captureQueries(client, () => void fn()).map((q) => explain(client, q));
  expect(plans.length).toBeGreaterThan(0);
  expect(plans.filter((p) => p.scans.length > 0).map((p) => [p.sql, p.lines])).toEqual([]);
  return plans;
}

describe('the counts behind the public lists', () => {
  for (const name of ['section, page 1', 'author, page 1', 'tag, page 1']) {
    it(`${name}: a counter, less a range at the index's future end, never the list itself`, () => {
      const page = PAGE_TYPES.find((p) => p.name === name)!;
      const counts = plansOf(() => page.load(context)).filter((p) => /^select count\(\*\)/i.test(p.sql));
      expect(counts).toHaveLength(2);
      for (const plan of counts) expect(plan.lines.join('\n')).toMatch(/AND published_at(>|=)\?\)$/m);
    });
  }
});

describe('the dashboard title filter', () => {
  it('looks titles up in the trigram index, for everyone and within a scope, few matches or many', () => {
    // Enough other titles that one match is read by id while eleven are walked against.
    const filler = getDb().$client.prepare(
      "INSERT INTO articles (slug, title, author_id, status) VALUES (?, 'Filler', 1, 'draft')",
    );
    for (let i = 0; i < 100; i++) filler.run(`filler-${i}`);
    const journalist = context.journalist;
    const runs = [
      () => listDashboardArticles(context.admin, { now: NOW, q: 'rticle 29', mine: false }),
      () => listDashboardArticles(context.admin, { now: NOW, q: 'rticle 1', mine: false }),
      () => listDashboardArticles(journalist, { now: NOW, q: 'rticle 1', mine: true }),
      () => listDashboardArticles(context.admin, { now: NOW, q: 'rticle 1', status: 'draft' }),
    ];
    for (const run of runs)
      expect(
        plansOf(run)
          .flatMap((p) => p.lines)
          .join('\n'),
      ).toMatch(/article_titles VIRTUAL TABLE/);
  });
});

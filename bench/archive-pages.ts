// The page types `npm run bench:archive` times: for each, the data-layer calls its route makes
// (the same functions, the same arguments), so what grows with the archive is what is measured.
import type Database from 'better-sqlite3';
import { listByAuthor, listBySection, listByTag, listLatest } from '../db/articles/listings';
import { listDashboardArticles, listReviewQueue, listScheduled } from '../db/articles/dashboard';
import { listArticlesByRatingActivity } from '../db/moderation/console';
import { bestRated, countArticleStats, listArticleStats, mostRead } from '../db/readers/stats';
import type { Actor } from '../db/people/permissions';

const PAGE = 12;
const DASHBOARD = 20;
const STATS = 50;

export type Context = {
  now: number;
  admin: Actor;
  journalist: Actor;
  sections: number[];
  section: { id: number; total: number };
  author: { id: number; total: number };
  tag: { id: number; total: number };
  articles: number;
};

export type PageType = { name: string; load: (c: Context) => Promise<unknown> };

/** Ids and totals the pages need, read before anything is timed. */
export function readContext(db: Database.Database, now: number): Context {
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
  const pub = `status = 'published' AND published_at <= ${now}`;
  const sections = (db.prepare('SELECT id FROM sections ORDER BY position').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const section = one<{ id: number; total: number }>(
    `SELECT section_id AS id, COUNT(*) AS total FROM articles WHERE ${pub} AND section_id = ?`,
    sections[0],
  );
  const author = one<{ id: number; total: number }>(
    `SELECT author_id AS id, COUNT(*) AS total FROM articles WHERE ${pub} GROUP BY author_id ORDER BY author_id LIMIT 1`,
  );
  const tag = one<{ id: number; total: number }>(
    `SELECT t.tag_id AS id, COUNT(*) AS total FROM article_tags t JOIN articles a ON a.id = t.article_id
     WHERE a.${pub.replace('published_at', 'a.published_at')} GROUP BY t.tag_id ORDER BY t.tag_id LIMIT 1`,
  );
  const admin = one<{ id: number }>("SELECT id FROM users WHERE role = 'admin' LIMIT 1");
  const articles = one<{ n: number }>('SELECT COUNT(*) AS n FROM articles').n;
  return {
    now,
    admin: { id: admin.id, role: 'admin' },
    journalist: { id: author.id, role: 'journalist' },
    sections,
    section,
    author,
    tag,
    articles,
  };
}

const last = (total: number, size: number) => Math.max(0, Math.ceil(total / size) - 1) * size;
const middle = (total: number, size: number) => Math.floor(total / size / 2) * size;

export const PAGE_TYPES: PageType[] = [
  {
    name: 'front page',
    load: async ({ now, sections }) => [
      listLatest({ now, limit: 7, counted: false }),
      ...sections.map((id) => listBySection(id, { now, limit: 11, counted: false })),
    ],
  },
  { name: 'section, page 1', load: async (c) => listBySection(c.section.id, { now: c.now, limit: PAGE }) },
  {
    name: 'section, middle page',
    load: async (c) =>
      listBySection(c.section.id, { now: c.now, limit: PAGE, offset: middle(c.section.total, PAGE) }),
  },
  {
    name: 'section, last page',
    load: async (c) =>
      listBySection(c.section.id, { now: c.now, limit: PAGE, offset: last(c.section.total, PAGE) }),
  },
  { name: 'author, page 1', load: async (c) => listByAuthor(c.author.id, { now: c.now, limit: PAGE }) },
  {
    name: 'author, last page',
    load: async (c) =>
      listByAuthor(c.author.id, { now: c.now, limit: PAGE, offset: last(c.author.total, PAGE) }),
  },
  { name: 'tag, page 1', load: async (c) => listByTag(c.tag.id, { now: c.now, limit: PAGE }) },
  {
    name: 'tag, last page',
    load: async (c) => listByTag(c.tag.id, { now: c.now, limit: PAGE, offset: last(c.tag.total, PAGE) }),
  },
  { name: 'dashboard, everyone', load: (c) => dashboard(c, 1) },
  { name: 'dashboard, last page', load: (c) => dashboard(c, last(c.articles, DASHBOARD) / DASHBOARD + 1) },
  {
    name: 'dashboard, a journalist',
    load: (c) => listDashboardArticles(c.journalist, { now: c.now, mine: true }),
  },
  { name: 'stats', load: async (c) => stats(c, 0) },
  { name: 'stats, last page', load: async (c) => stats(c, last(c.articles, STATS)) },
  { name: 'moderation', load: async (c) => listArticlesByRatingActivity(c.admin, c.now) },
];

function dashboard(c: Context, page: number) {
  return Promise.all([
    listDashboardArticles(c.admin, { now: c.now, page, mine: false }),
    listReviewQueue(c.admin, c.now),
    listScheduled(c.admin, c.now),
  ]);
}

function stats(c: Context, offset: number) {
  return [
    countArticleStats(c.admin),
    mostRead(c.admin, { range: 'today', now: c.now }),
    mostRead(c.admin, { range: 'week', now: c.now }),
    bestRated(c.admin),
    listArticleStats(c.admin, { now: c.now, limit: STATS, offset }),
  ];
}

// The page types `npm run bench:archive` measures: for each, the address whose first request is timed
// over HTTP, who asks for it, a request on the same route that loads and runs the route's code first
// (so the first request pays for the archive, not for loading a module), and the data-layer calls the route makes
// (the same functions, the same arguments), whose query plans are printed.
import type Database from 'better-sqlite3';
import { FIRST_EDITION_ID } from '../db/schema';
import { listByAuthor, listBySection, listByTag, listLatest } from '../db/articles/listings';
import { listDashboardArticles, listReviewQueue, listScheduled } from '../db/articles/dashboard';
import { listArticlesByRatingActivity } from '../db/moderation/console';
import { bestRated, countArticleStats, listArticleStats, mostRead } from '../db/readers/stats';
import type { Actor } from '../db/people/permissions';

const PAGE = 12;
const DASHBOARD = 20;
const STATS = 50;

type Listed = { id: number; slug: string; total: number };

export type Context = {
  now: number;
  admin: Actor;
  journalist: Actor;
  sections: number[];
  section: Listed;
  author: Listed;
  tag: Listed;
  /** Another section's, author's and tag's slug, whose page warms the route up with other data. */
  elsewhere: Record<ListKind, string>;
  articles: number;
};

type ListKind = 'sections' | 'authors' | 'tags';

export type PageType = {
  name: string;
  /** The address timed, and the staff account that asks (none for public pages). */
  url: (c: Context) => string;
  as?: 'admin' | 'journalist';
  /** Loads the route's code without touching what is measured; the page itself when it caches nothing. */
  warm?: (c: Context) => string;
  load: (c: Context) => Promise<unknown>;
};

/** Ids and totals the pages need, read before anything is timed. */
export function readContext(db: Database.Database, now: number): Context {
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
  const pub = `status = 'published' AND published_at <= ${now}`;
  const sections = (db.prepare('SELECT id FROM sections ORDER BY position').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const section = one<Listed>(
    `SELECT s.id, s.slug, (SELECT COUNT(*) FROM articles WHERE ${pub} AND section_id = s.id) AS total
     FROM sections s WHERE s.id = ?`,
    sections[0],
  );
  // The journalist who signs in (bench/archive-data.ts) is also the author whose page is measured.
  const author = one<Listed>(
    `SELECT u.id, u.slug, (SELECT COUNT(*) FROM articles WHERE ${pub} AND author_id = u.id) AS total
     FROM users u WHERE u.role = 'journalist' ORDER BY u.id LIMIT 1`,
  );
  const tag = one<Listed>(
    `SELECT t.id, t.slug, (SELECT COUNT(*) FROM article_tags x JOIN articles a ON a.id = x.article_id
       WHERE x.tag_id = t.id AND a.${pub.replace('published_at', 'a.published_at')}) AS total
     FROM tags t ORDER BY t.id LIMIT 1`,
  );
  const other = (sql: string, fallback: string) => one<{ slug: string } | undefined>(sql)?.slug ?? fallback;
  const elsewhere = {
    sections: other(
      `SELECT slug FROM sections WHERE id <> ${section.id} ORDER BY position LIMIT 1`,
      section.slug,
    ),
    authors: other(
      `SELECT slug FROM users WHERE id <> ${author.id} AND role = 'journalist' ORDER BY id LIMIT 1`,
      author.slug,
    ),
    tags: other(`SELECT slug FROM tags WHERE id <> ${tag.id} ORDER BY id LIMIT 1`, tag.slug),
  };
  const admin = one<{ id: number }>("SELECT id FROM users WHERE role = 'admin' ORDER BY id LIMIT 1");
  const articles = one<{ n: number }>('SELECT COUNT(*) AS n FROM articles').n;
  return {
    now,
    admin: { id: admin.id, role: 'admin' },
    journalist: { id: author.id, role: 'journalist' },
    sections,
    section,
    author,
    tag,
    elsewhere,
    articles,
  };
}

const last = (total: number, size: number) => Math.max(0, Math.ceil(total / size) - 1) * size;
const middle = (total: number, size: number) => Math.floor(total / size / 2) * size;
/** The page number of an offset, for the `?page=` of the same list. */
const pageOf = (offset: number, size: number) => offset / size + 1;

const list = (kind: ListKind, l: Listed, offset: number) =>
  `/${kind}/${l.slug}${offset > 0 ? `?page=${pageOf(offset, PAGE)}` : ''}`;
/**
 * A public list route is warmed up by rendering it in full for another section, author or tag: a 404
 * alone leaves the first real render (its components' first run) to whichever page is timed first.
 */
const elsewhere = (kind: ListKind) => (c: Context) => `/${kind}/${c.elsewhere[kind]}`;

export const PAGE_TYPES: PageType[] = [
  {
    name: 'front page',
    url: () => '/',
    warm: () => '/front/not-an-edition',
    load: async ({ now, sections }) => [
      listLatest(FIRST_EDITION_ID, { now, limit: 7, counted: false }),
      ...sections.map((id) => listBySection(id, { now, limit: 11, counted: false })),
    ],
  },
  {
    name: 'section, page 1',
    url: (c) => list('sections', c.section, 0),
    warm: elsewhere('sections'),
    load: async (c) => listBySection(c.section.id, { now: c.now, limit: PAGE }),
  },
  {
    name: 'section, middle page',
    url: (c) => list('sections', c.section, middle(c.section.total, PAGE)),
    warm: elsewhere('sections'),
    load: async (c) =>
      listBySection(c.section.id, { now: c.now, limit: PAGE, offset: middle(c.section.total, PAGE) }),
  },
  {
    name: 'section, last page',
    url: (c) => list('sections', c.section, last(c.section.total, PAGE)),
    warm: elsewhere('sections'),
    load: async (c) =>
      listBySection(c.section.id, { now: c.now, limit: PAGE, offset: last(c.section.total, PAGE) }),
  },
  {
    name: 'author, page 1',
    url: (c) => list('authors', c.author, 0),
    warm: elsewhere('authors'),
    load: async (c) => listByAuthor(c.author.id, FIRST_EDITION_ID, { now: c.now, limit: PAGE }),
  },
  {
    name: 'author, last page',
    url: (c) => list('authors', c.author, last(c.author.total, PAGE)),
    warm: elsewhere('authors'),
    load: async (c) =>
      listByAuthor(c.author.id, FIRST_EDITION_ID, {
        now: c.now,
        limit: PAGE,
        offset: last(c.author.total, PAGE),
      }),
  },
  {
    name: 'tag, page 1',
    url: (c) => list('tags', c.tag, 0),
    warm: elsewhere('tags'),
    load: async (c) => listByTag(c.tag.id, { now: c.now, limit: PAGE }),
  },
  {
    name: 'tag, last page',
    url: (c) => list('tags', c.tag, last(c.tag.total, PAGE)),
    warm: elsewhere('tags'),
    load: async (c) => listByTag(c.tag.id, { now: c.now, limit: PAGE, offset: last(c.tag.total, PAGE) }),
  },
  {
    name: 'dashboard, everyone',
    url: () => '/newsroom?scope=all',
    as: 'admin',
    warm: () => '/newsroom?scope=all&status=review',
    load: (c) => dashboard(c, 1),
  },
  {
    name: 'dashboard, last page',
    url: (c) => `/newsroom?scope=all&page=${pageOf(last(c.articles, DASHBOARD), DASHBOARD)}`,
    as: 'admin',
    warm: () => '/newsroom?scope=all&status=review',
    load: (c) => dashboard(c, pageOf(last(c.articles, DASHBOARD), DASHBOARD)),
  },
  {
    name: 'dashboard, title filter',
    url: () => `/newsroom?scope=all&q=${TITLE_FILTER}`,
    as: 'admin',
    warm: () => '/newsroom?scope=all&status=review',
    load: (c) => dashboard(c, 1, TITLE_FILTER),
  },
  {
    name: 'dashboard, a journalist',
    url: () => '/newsroom',
    as: 'journalist',
    warm: () => '/newsroom?scope=all&status=review',
    load: (c) => listDashboardArticles(c.journalist, { now: c.now, mine: true }),
  },
  {
    name: 'stats',
    url: () => '/newsroom/stats',
    as: 'admin',
    warm: () => '/newsroom/stats?page=none',
    load: async (c) => stats(c, 0),
  },
  {
    name: 'stats, last page',
    url: (c) => `/newsroom/stats?page=${pageOf(last(c.articles, STATS), STATS)}`,
    as: 'admin',
    warm: () => '/newsroom/stats?page=none',
    load: async (c) => stats(c, last(c.articles, STATS)),
  },
  // Nothing on this page is cached, so its warm-up is the page itself.
  {
    name: 'moderation',
    url: () => '/newsroom/moderation',
    as: 'admin',
    load: async (c) => listArticlesByRatingActivity(c.admin, c.now),
  },
];

/** A word in about one synthetic title in twelve (scripts/seed.ts). */
const TITLE_FILTER = 'seagrass';

function dashboard(c: Context, page: number, q?: string) {
  return Promise.all([
    listDashboardArticles(c.admin, { now: c.now, page, mine: false, q }),
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

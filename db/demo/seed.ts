// A believable newsroom for an empty database, so a fresh `npm start` shows a real site: six authors
// (byline only, no passwords: the first admin comes from the first-run setup or the CLI), five
// sections, ~20 tags and ~50 articles over six months, with lead images, views and votes.
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { writeDemoImages, type DemoImageRow } from './images';
import {
  DEMO_ARTICLES,
  DEMO_AUTHORS,
  DEMO_EDITION_ARTICLES,
  DEMO_EDITION_AUTHORS,
  DEMO_EDITIONS,
  DEMO_IMAGES,
  DEMO_SECTIONS,
  renderBody,
  type DemoArticle,
} from './content';
import { demoViewDays, demoVotes, seededRandom } from './stats';
import { sanitizeBody } from '@/lib/sanitize';
import {
  articles,
  articleTags,
  editions,
  FIRST_EDITION_ID,
  images,
  revisions,
  sections,
  tags,
  transitions,
  users,
  viewDays,
  votes,
} from '@/db/schema';
import { slugify } from '@/lib/slugs';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

function isEmpty(db: Pick<Db, 'get'> = getDb()): boolean {
  const row = db.get<{ used: number }>(
    sql`SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM articles) AS used`,
  );
  return row.used === 0;
}

/** Whole minutes in UTC, `daysAgo` days before the day of `now` (negative: ahead of it). */
function publishTime(article: DemoArticle, now: number): number | null {
  if (article.status === 'draft') return null;
  const [hours, minutes] = article.at.split(':').map(Number);
  const midnight = Math.floor(now / DAY) * DAY;
  return midnight - article.daysAgo * DAY + hours * HOUR + minutes * 60_000;
}

/** The default edition, created by migration 0007, is English; the others are DEMO_EDITIONS. */
const DEFAULT_TAG = 'en';
const ALL_ARTICLES = [...DEMO_ARTICLES, ...DEMO_EDITION_ARTICLES];
const editionOf = (article: DemoArticle) => article.edition ?? DEFAULT_TAG;

/** Sections and tags are keyed by edition and name: two editions may both have a "Sport". */
type Ids = {
  users: Map<string, number>;
  editions: Map<string, number>;
  sections: Map<string, number>;
  tags: Map<string, number>;
  images: Map<string, number>;
  /** English articles by title, for the translations that name their source. */
  sources: Map<string, number>;
};

function insertEditions(tx: Tx, ids: Ids): void {
  ids.editions.set(DEFAULT_TAG, FIRST_EDITION_ID);
  const all = [
    { tag: DEFAULT_TAG, sections: DEMO_SECTIONS as { name: string; description: string; slug?: string }[] },
  ];
  DEMO_EDITIONS.forEach(({ tag, name, direction }, index) => {
    const values = { tag, name, direction, position: index + 1 };
    ids.editions.set(tag, tx.insert(editions).values(values).returning({ id: editions.id }).get().id);
  });
  for (const { tag, sections: list } of [...all, ...DEMO_EDITIONS])
    list.forEach((section, position) => {
      const editionId = ids.editions.get(tag)!;
      const { name, description } = section;
      const values = { name, description, slug: section.slug ?? slugify(name), position, editionId };
      ids.sections.set(
        `${tag}:${name}`,
        tx.insert(sections).values(values).returning({ id: sections.id }).get().id,
      );
    });
}

/** Tags per edition; a slug another edition took gets the edition's tag, as the editor does. */
function insertTags(tx: Tx, ids: Ids): void {
  const taken = new Set<string>();
  for (const article of ALL_ARTICLES)
    for (const name of article.tags) {
      const key = `${editionOf(article)}:${name}`;
      if (ids.tags.has(key)) continue;
      let slug = slugify(name, 60);
      if (taken.has(slug)) slug = `${slug}-${editionOf(article)}`;
      taken.add(slug);
      const values = { name, slug, editionId: ids.editions.get(editionOf(article))! };
      ids.tags.set(key, tx.insert(tags).values(values).returning({ id: tags.id }).get().id);
    }
}

function insertNewsroom(tx: Tx, imageRows: DemoImageRow[], now: number): Ids {
  const ids: Ids = {
    users: new Map(),
    editions: new Map(),
    sections: new Map(),
    tags: new Map(),
    images: new Map(),
    sources: new Map(),
  };
  for (const { key, ...author } of [...DEMO_AUTHORS, ...DEMO_EDITION_AUTHORS]) {
    const values = { ...author, slug: slugify(author.name), passwordHash: null };
    ids.users.set(key, tx.insert(users).values(values).returning({ id: users.id }).get().id);
  }
  insertEditions(tx, ids);
  insertTags(tx, ids);
  for (const image of imageRows) {
    const values = { ...image, createdAt: now - 200 * DAY };
    ids.images.set(image.key, tx.insert(images).values(values).returning({ id: images.id }).get().id);
  }
  return ids;
}

/** One article with its tags, first revision, workflow history and (once public) readers' numbers. */
function insertArticle(
  tx: Tx,
  ids: Ids,
  article: DemoArticle,
  publishedAt: number | null,
  seed: number,
  now: number,
) {
  const authorId = ids.users.get(article.author)!;
  const edition = editionOf(article);
  const sectionId = ids.sections.get(`${edition}:${article.section}`)!;
  const body = sanitizeBody(renderBody(article.body));
  const createdAt = (publishedAt ?? now) - 5 * HOUR;
  const updatedAt = publishedAt === null ? now - HOUR : Math.min(publishedAt, now) - 20 * 60_000;
  const slug = article.slug ?? slugify(article.title);
  const image = article.image && ids.images.has(article.image.key) ? article.image : undefined;
  const { title, summary } = article;
  const { id } = tx
    .insert(articles)
    .values({
      slug,
      title,
      summary,
      body,
      sectionId,
      authorId,
      createdBy: authorId,
      publishedAt,
      createdAt,
      updatedAt,
      status: article.status === 'draft' ? 'draft' : 'published',
      leadImageId: image ? ids.images.get(image.key)! : null,
      leadImageCaption: image?.caption ?? '',
      leadImageCredit: image?.credit ?? '',
      editionId: ids.editions.get(edition)!,
      translationOf: article.translationOf ? ids.sources.get(article.translationOf)! : null,
      // Every demo source is at its first version, so each demo translation is current.
      translationSourceVersion: article.translationOf ? 1 : null,
    })
    .returning({ id: articles.id })
    .get();
  if (edition === DEFAULT_TAG) ids.sources.set(title, id);
  tx.insert(articleTags)
    .values(article.tags.map((name) => ({ articleId: id, tagId: ids.tags.get(`${edition}:${name}`)! })))
    .run();
  const tagNames = JSON.stringify(article.tags);
  tx.insert(revisions)
    .values({
      articleId: id,
      version: 1,
      title,
      slug,
      summary,
      body,
      sectionId,
      authorId,
      tags: tagNames,
      savedBy: authorId,
      createdAt: updatedAt,
    })
    .run();
  if (publishedAt === null) return;
  const editorId = ids.users.get('budi')!;
  tx.insert(transitions)
    .values([
      {
        articleId: id,
        fromStatus: 'draft',
        toStatus: 'review',
        actorId: authorId,
        createdAt: createdAt + HOUR,
      },
      { articleId: id, fromStatus: 'review', toStatus: 'published', actorId: editorId, createdAt: updatedAt },
    ])
    .run();
  if (publishedAt > now) return;
  const random = seededRandom(seed);
  const days = demoViewDays(publishedAt, now, random);
  if (days.length)
    tx.insert(viewDays)
      .values(days.map((d) => ({ articleId: id, ...d })))
      .run();
  const cast = demoVotes(seed, publishedAt, now, random);
  if (cast.length)
    tx.insert(votes)
      .values(cast.map((v) => ({ articleId: id, ...v })))
      .run();
}

/**
 * Seeds the demo newsroom when the database has neither users nor articles; returns whether it did.
 * Safe to call on every start and from several processes: the check is repeated inside an IMMEDIATE
 * transaction, so only one of them writes.
 */
export async function seedDemoContentIfEmpty(now = Date.now()): Promise<boolean> {
  if (!isEmpty()) return false;
  // Pictures are a nicety: if they cannot be drawn (a broken sharp install), the demo goes without.
  const imageRows = await writeDemoImages(DEMO_IMAGES).catch((error: unknown) => {
    console.warn('Demo content: lead images skipped:', error);
    return [];
  });
  return getDb().transaction(
    (tx) => {
      if (!isEmpty(tx)) return false;
      const ids = insertNewsroom(tx, imageRows, now);
      // Oldest first, so ids grow with publish time as they would in a real archive; the draft last.
      // A translation is published after its source, so the source's id is known by then.
      ALL_ARTICLES.map((article) => ({ article, publishedAt: publishTime(article, now) }))
        .sort((a, b) => (a.publishedAt ?? Infinity) - (b.publishedAt ?? Infinity))
        .forEach(({ article, publishedAt }, index) =>
          insertArticle(tx, ids, article, publishedAt, index + 1, now),
        );
      // Totals come from the rows just written, so the counters and the rows agree by construction.
      tx.run(sql`UPDATE articles SET
        views = (SELECT coalesce(sum(count), 0) FROM view_days WHERE view_days.article_id = articles.id),
        rating_sum = (SELECT coalesce(sum(stars), 0) FROM votes WHERE votes.article_id = articles.id AND removed_at IS NULL),
        rating_count = (SELECT count(*) FROM votes WHERE votes.article_id = articles.id AND removed_at IS NULL)`);
      return true;
    },
    { behavior: 'immediate' },
  );
}

// A believable newsroom for an empty database, so a fresh `npm start` shows a real site: six authors
// (byline only, no passwords: the first admin comes from the first-run setup or the CLI), five
// sections, ~20 tags and ~50 articles over six months, with lead images, views and votes.
import { sql } from 'drizzle-orm';
import { getDb, type Db } from './index';
import { writeDemoImages } from './demo-images';
import {
  DEMO_ARTICLES,
  DEMO_AUTHORS,
  DEMO_IMAGES,
  DEMO_SECTIONS,
  renderBody,
  type DemoArticle,
} from './demo-content';
import { demoViewDays, demoVotes, seededRandom } from './demo-stats';
import { sanitizeBody } from './sanitize';
import {
  articles,
  articleTags,
  images,
  revisions,
  sections,
  tags,
  transitions,
  users,
  viewDays,
  votes,
} from './schema';
import { slugify } from './slugs';

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
  const db = getDb();
  return db.transaction(
    (tx) => {
      if (!isEmpty(tx)) return false;
      const userIds = new Map<string, number>();
      for (const author of DEMO_AUTHORS) {
        const { key, ...values } = author;
        const row = tx
          .insert(users)
          .values({ ...values, slug: slugify(values.name), passwordHash: null })
          .returning({ id: users.id })
          .get();
        userIds.set(key, row.id);
      }
      const editorId = userIds.get('budi')!;
      const sectionIds = new Map<string, number>();
      DEMO_SECTIONS.forEach((section, position) => {
        const row = tx
          .insert(sections)
          .values({ ...section, slug: slugify(section.name), position })
          .returning({ id: sections.id })
          .get();
        sectionIds.set(section.name, row.id);
      });
      const tagIds = new Map<string, number>();
      for (const name of new Set(DEMO_ARTICLES.flatMap((a) => a.tags))) {
        tagIds.set(
          name,
          tx
            .insert(tags)
            .values({ name, slug: slugify(name, 60) })
            .returning({ id: tags.id })
            .get().id,
        );
      }
      const imageIds = new Map<string, number>();
      for (const image of imageRows) {
        imageIds.set(
          image.key,
          tx
            .insert(images)
            .values({ ...image, createdAt: now - 200 * DAY })
            .returning({ id: images.id })
            .get().id,
        );
      }
      const ordered = DEMO_ARTICLES.map((article) => ({
        article,
        publishedAt: publishTime(article, now),
      })).sort((a, b) => (a.publishedAt ?? Infinity) - (b.publishedAt ?? Infinity));
      ordered.forEach(({ article, publishedAt }, index) => {
        const authorId = userIds.get(article.author)!;
        const sectionId = sectionIds.get(article.section)!;
        const body = sanitizeBody(renderBody(article.body));
        const createdAt = (publishedAt ?? now) - 5 * HOUR;
        const updatedAt = publishedAt === null ? now - HOUR : Math.min(publishedAt, now) - 20 * 60_000;
        const slug = slugify(article.title);
        const image = article.image && imageIds.has(article.image.key) ? article.image : undefined;
        const { id } = tx
          .insert(articles)
          .values({
            slug,
            title: article.title,
            summary: article.summary,
            body,
            leadImageId: image ? imageIds.get(image.key)! : null,
            leadImageCaption: image?.caption ?? '',
            leadImageCredit: image?.credit ?? '',
            sectionId,
            authorId,
            createdBy: authorId,
            status: article.status === 'draft' ? 'draft' : 'published',
            publishedAt,
            createdAt,
            updatedAt,
          })
          .returning({ id: articles.id })
          .get();
        for (const name of article.tags)
          tx.insert(articleTags)
            .values({ articleId: id, tagId: tagIds.get(name)! })
            .run();
        tx.insert(revisions)
          .values({
            articleId: id,
            version: 1,
            title: article.title,
            slug,
            summary: article.summary,
            body,
            sectionId,
            authorId,
            tags: JSON.stringify(article.tags),
            savedBy: authorId,
            createdAt: updatedAt,
          })
          .run();
        if (publishedAt === null) return;
        tx.insert(transitions)
          .values([
            {
              articleId: id,
              fromStatus: 'draft',
              toStatus: 'review',
              actorId: authorId,
              createdAt: createdAt + HOUR,
            },
            {
              articleId: id,
              fromStatus: 'review',
              toStatus: 'published',
              actorId: editorId,
              createdAt: updatedAt,
            },
          ])
          .run();
        if (publishedAt > now) return;
        const random = seededRandom(index + 1);
        const days = demoViewDays(publishedAt, now, random);
        if (days.length)
          tx.insert(viewDays)
            .values(days.map((d) => ({ articleId: id, ...d })))
            .run();
        const cast = demoVotes(index, publishedAt, now, random);
        if (cast.length)
          tx.insert(votes)
            .values(cast.map((v) => ({ articleId: id, ...v })))
            .run();
      });
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

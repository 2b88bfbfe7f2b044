// Articles of the article specs' own, written straight into the e2e server's database, so other
// specs' votes and views never touch the counts asserted here (and ours never touch theirs); and
// the demo article the illustrated-article test reads.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export type OwnArticle = { id: number; slug: string; title: string };
export type OwnAuthor = { id: number; name: string; fullName: string; bio: string; slug: string };

function open(options: Database.Options = {}) {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set (run through playwright.config.ts)');
  const db = new Database(path.join(dir, 'newsroom.db'), options);
  if (!options.readonly) db.pragma('busy_timeout = 5000');
  return db;
}

const BODY =
  '<p>The harbour master confirmed on Thursday that the northern quay will reopen to ferries next month, after a winter of repairs to its timber piles.</p>' +
  '<h2>What changes for passengers</h2><p>Morning crossings return to their old timetable, and the evening boat gains a second sailing on Fridays.</p>';

/** An author with `count` public articles, newest first; the first is the one to open. */
export function createAuthorWithArticles(count = 7): { author: OwnAuthor; articles: OwnArticle[] } {
  const db = open();
  try {
    const tag = randomBytes(4).toString('hex');
    const author = db
      .prepare(
        "INSERT INTO users (email, name, full_name, slug, bio, role) VALUES (?, ?, ?, ?, ?, 'journalist') RETURNING id, name, full_name AS fullName, bio, slug",
      )
      .get(
        `e2e-${tag}@example.test`,
        `Rina ${tag.slice(0, 3).toUpperCase()}`,
        `Rina Kusuma ${tag}`,
        `rina-${tag}`,
        `Covers the harbour and the islands (${tag}).`,
      ) as OwnAuthor;
    const insert = db.prepare(
      "INSERT INTO articles (slug, title, summary, body, author_id, status, published_at) VALUES (?, ?, ?, ?, ?, 'published', ?) RETURNING id, slug, title",
    );
    const now = Date.now();
    const articles: OwnArticle[] = [];
    for (let i = 0; i < count; i++) {
      articles.push(
        insert.get(
          `quay-reopens-${tag}-${i}`,
          `Northern quay reopens ${tag} ${i}`,
          'The quay reopens next month.',
          BODY,
          author.id,
          now - 60_000 - i * 86_400_000,
        ) as OwnArticle,
      );
    }
    return { author, articles };
  } finally {
    db.close();
  }
}

/** Moves an article's publish time (e.g. into the future, which makes it scheduled). */
export function setPublishedAt(id: number, publishedAt: number): void {
  const db = open();
  try {
    db.prepare('UPDATE articles SET published_at = ? WHERE id = ?').run(publishedAt, id);
  } finally {
    db.close();
  }
}

/** Turns one of our own articles into a draft, or locks its ratings, straight in the server's database. */
export function alterArticle(id: number, change: 'draft' | 'locked'): void {
  const db = open();
  try {
    db.prepare(
      change === 'draft'
        ? "UPDATE articles SET status = 'draft', published_at = NULL WHERE id = ?"
        : 'UPDATE articles SET rating_locked = 1 WHERE id = ?',
    ).run(id);
  } finally {
    db.close();
  }
}

export type IllustratedArticle = {
  slug: string;
  caption: string;
  credit: string;
  section: string;
  fullName: string;
  byline: string;
  tag: string;
};

/** A public demo article with a lead image, a section and tags, by an author without a photo. */
export function illustratedArticle(): IllustratedArticle {
  const db = open({ readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.slug, a.lead_image_caption AS caption, a.lead_image_credit AS credit, s.name AS section,
                u.full_name AS fullName, u.name AS byline,
                (SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
                  WHERE at.article_id = a.id ORDER BY t.name LIMIT 1) AS tag
           FROM articles a JOIN sections s ON s.id = a.section_id JOIN users u ON u.id = a.author_id
          WHERE a.status = 'published' AND a.published_at <= ? AND a.lead_image_id IS NOT NULL
            AND a.lead_image_caption <> '' AND a.lead_image_credit <> '' AND u.avatar_image_id IS NULL
            AND EXISTS (SELECT 1 FROM article_tags at WHERE at.article_id = a.id)
          ORDER BY a.published_at DESC LIMIT 1`,
      )
      .get(Date.now()) as IllustratedArticle;
  } finally {
    db.close();
  }
}

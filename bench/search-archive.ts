// A generated archive for the search bench and the sitemap scale test: `count` published articles
// written by one INSERT … SELECT over a recursive CTE (seconds for 100,000 rows, where the data
// layer would take minutes). Words come from a fixed made-up vocabulary, so each word appears in
// about 2% of the articles and a two-word query matches a few dozen of 100,000, as real ones do.
import type Database from 'better-sqlite3';

export const VOCABULARY_SIZE = 1000;
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tu',
  'sa',
  'vor',
  'pe',
  'dan',
  'gi',
  'ro',
  'nel',
  'bu',
  'tis',
  'ha',
  'mor',
];

/** The i-th made-up word: two or three syllables, unique for i < 1000. */
export function vocabularyWord(i: number): string {
  const s = SYLLABLES;
  return s[i % 16] + s[Math.floor(i / 16) % 16] + (i >= 256 ? s[Math.floor(i / 256) % 16] : '');
}

export type ArchiveOptions = {
  count: number;
  /** Publish times run back from here, `stepMs` apart. */
  newest: number;
  stepMs: number;
  /** Every article gets a lead image when true (sitemap image entries). */
  withImages?: boolean;
};

/** Adds the articles (and an author, two sections, two tags) and returns the author's id. */
export function fillArchive(sqlite: Database.Database, o: ArchiveOptions): number {
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS archive_words (i INTEGER PRIMARY KEY, w TEXT NOT NULL)');
  const word = sqlite.prepare('INSERT OR IGNORE INTO archive_words (i, w) VALUES (?, ?)');
  for (let i = 0; i < VOCABULARY_SIZE; i++) word.run(i, vocabularyWord(i));
  const run = Date.now().toString(36);
  const author = sqlite
    .prepare(
      "INSERT INTO users (email, name, full_name, slug) VALUES (?, 'Arsip A', 'Arsip Archive', ?) RETURNING id",
    )
    .get(`archive-${run}@example.test`, `archive-${run}`) as { id: number };
  const section = sqlite.prepare('INSERT INTO sections (name, slug) VALUES (?, ?) RETURNING id');
  const s1 = (section.get(`Archive ${run} A`, `archive-${run}-a`) as { id: number }).id;
  const s2 = (section.get(`Archive ${run} B`, `archive-${run}-b`) as { id: number }).id;
  const image = o.withImages
    ? (
        sqlite
          .prepare(
            "INSERT INTO images (key, mime, width, height, widths) VALUES (?, 'image/jpeg', 1600, 900, '[400,800,1200,1600]') RETURNING id",
          )
          .get(`archive${run}`) as { id: number }
      ).id
    : null;
  const w = (k: number, p: number) =>
    `(SELECT w FROM archive_words WHERE i = (n.i * ${p} + ${k * 131}) % ${VOCABULARY_SIZE})`;
  const words = (from: number, primes: number[]) => primes.map((p, k) => w(from + k, p)).join(" || ' ' || ");
  sqlite
    .prepare(
      `INSERT INTO articles (slug, title, summary, body, author_id, section_id, lead_image_id, status, published_at, created_at, updated_at)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
       SELECT 'archive-${run}-' || n.i,
              ${words(0, [7, 13, 17])} || ' ' || n.i,
              ${words(3, [19, 23, 29, 31])},
              '<p>The harbour office said on Thursday that ' || ${words(7, [37, 41, 43, 47, 53])} ||
                ' would be discussed at the council.</p><h2>' || ${words(12, [59, 61])} || '</h2><p>' ||
                ${words(14, [67, 71, 73, 79, 83, 89])} || ', residents told the newsroom.</p>',
              @author, CASE n.i % 2 WHEN 0 THEN @s1 ELSE @s2 END, @image, 'published',
              @newest - n.i * @step, @newest - n.i * @step, @newest - n.i * @step
         FROM n`,
    )
    .run({ count: o.count, author: author.id, s1, s2, image, newest: o.newest, step: o.stepMs });
  const tag = sqlite.prepare('INSERT INTO tags (name, slug) VALUES (?, ?) RETURNING id');
  const t1 = (tag.get(`Archive ${run} one`, `archive-${run}-one`) as { id: number }).id;
  sqlite
    .prepare(
      'INSERT INTO article_tags (article_id, tag_id) SELECT id, ? FROM articles WHERE slug LIKE ? AND id % 3 = 0',
    )
    .run(t1, `archive-${run}-%`);
  return author.id;
}

// The article the bench measures: the demo content's newest in the default edition, or a few 600-word rows written here
// when the data directory has none.
import Database from 'better-sqlite3';

const WORDS =
  'the council said on tuesday that harbour traffic rose again this spring as new ferry routes opened and fishermen returned to the old market where prices had fallen'.split(
    ' ',
  );

function paragraphs(seed: number, words: number): string {
  const out: string[] = [];
  for (let p = 0; p < 6; p++) {
    const sentence = Array.from(
      { length: words / 6 },
      (_, i) => WORDS[(seed * 7 + p * 13 + i * 5) % WORDS.length],
    );
    out.push(`<p>${sentence.join(' ')}.</p>`);
  }
  return out.join('\n');
}

/** A public article to measure: the demo content's, or a few rows written here when there is none. */
export function pickArticle(databasePath: string): { id: number; slug: string } {
  const db = new Database(databasePath);
  try {
    const now = Date.now();
    const find = () =>
      db
        .prepare(
          // The default edition's (served at the unprefixed address; another edition's would redirect).
          "SELECT id, slug FROM articles WHERE status = 'published' AND published_at <= ? AND edition_id = (SELECT id FROM editions WHERE is_default = 1) ORDER BY published_at DESC LIMIT 1",
        )
        .get(now) as { id: number; slug: string } | undefined;
    let found = find();
    if (!found) {
      const author = db
        .prepare(
          "INSERT INTO users (email, name, full_name, slug, bio) VALUES ('bench@example.test', 'Bench W', 'Bench Writer', 'bench-writer', 'Writes benchmarks.') RETURNING id",
        )
        .get() as { id: number };
      const section = db
        .prepare("INSERT INTO sections (name, slug) VALUES ('Bench', 'bench') RETURNING id")
        .get() as { id: number };
      const insert = db.prepare(
        "INSERT INTO articles (slug, title, summary, body, author_id, section_id, status, published_at) VALUES (?, ?, ?, ?, ?, ?, 'published', ?)",
      );
      for (let i = 0; i < 6; i++) {
        insert.run(
          `bench-article-${i}`,
          `Harbour traffic report ${i}`,
          'A 600-word article for the benchmark.',
          paragraphs(i, 600),
          author.id,
          section.id,
          now - i * 86_400_000,
        );
      }
      found = find();
    }
    return found!;
  } finally {
    db.close();
  }
}

// The dashboard's "Title contains" filter (issue 9, README "Archive scale"). Titles live in
// article_titles, an FTS5 trigram index kept by triggers (migration 0006): the filter text, quoted,
// is a trigram phrase, matching exactly the titles that contain it, case-insensitively, with
// % _ " * as plain characters. Text under three characters has no trigram and falls back to LIKE.
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles } from '@/db/schema';

/** FTS5's trigram tokenizer indexes runs of three characters: shorter text cannot be looked up. */
const TRIGRAM = 3;
/**
 * Reading an article's row by id costs about as much as walking this many entries of an index (about
 * 3 µs against 0.1 µs at 100,000 articles), and a walk from the nearer end covers at most half the scope.
 */
const ROW_PER_ENTRIES = 30;
const WALK_SHARE = 2;

export type TitleFilter = {
  where: SQL;
  /** How many titles contain the text in the whole archive; null when the index cannot tell. */
  matches: number | null;
};

/**
 * The filter as a condition on articles. The index's match set is used whichever way reads less:
 * a few matches are looked up by id (a row each); many (more than 1 in 60 of the scope) are kept as a set that the scope's
 * (updated_at, id) index walk checks each entry against (`+id` keeps SQLite from looking them up),
 * reading index entries only. `inScope` is how many articles the rest of the filter leaves.
 */
export function titleFilter(q: string, inScope: number): TitleFilter {
  if ([...q].length < TRIGRAM) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return { where: sql`${articles.title} LIKE ${pattern} ESCAPE '\\'`, matches: null };
  }
  const ids = sql`SELECT rowid FROM article_titles WHERE article_titles MATCH ${`"${q.replace(/"/g, '""')}"`}`;
  const matches = getDb().get<{ n: number }>(sql`SELECT count(*) AS n FROM (${ids})`)?.n ?? 0;
  const walk = matches * ROW_PER_ENTRIES > inScope / WALK_SHARE;
  return { where: walk ? sql`+${articles.id} IN (${ids})` : sql`${articles.id} IN (${ids})`, matches };
}

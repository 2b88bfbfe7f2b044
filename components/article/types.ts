// The article view's own types and helpers. The article itself is db/'s PublicArticle, imported
// from '@/db/types'.

/** What the live endpoint answers, and what the counters show. */
export type LiveState = {
  views: number;
  ratingAverage: number;
  ratingCount: number;
  myVote: number | null;
  locked: boolean;
};

export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

export function votesLabel(count: number): string {
  return count === 1 ? '(1 vote)' : `(${count} votes)`;
}

/** One line of a "Most read" list: what the block links to, and nothing else. */
export type MostReadLink = { id: number; slug: string; title: string };

/** What `GET /most-read.json` answers and the block shows. */
export type MostReadLists = { today: MostReadLink[]; week: MostReadLink[] };

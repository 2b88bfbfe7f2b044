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

/** The stars of "Rate this item", one to five. */
export const STARS = [1, 2, 3, 4, 5] as const;

export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

/** One line of a "Most read" list: what the block links to, and nothing else. */
export type MostReadLink = { id: number; slug: string; title: string };

/** The "Most read" block's words, in the page's language. */
export type MostReadLabels = { title: string; today: string; week: string };

/** What `GET /most-read.json` answers and the block shows. */
export type MostReadLists = { today: MostReadLink[]; week: MostReadLink[] };

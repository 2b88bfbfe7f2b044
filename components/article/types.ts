// The plain data the article view renders. Structurally the same as db/articles.ts's PublicArticle,
// declared here because components never import the data layer.

export type ArticleViewData = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: number;
  updatedAt: number;
  section: { id: number; name: string; slug: string } | null;
  tags: { id: number; name: string; slug: string }[];
  author: { id: number; name: string; fullName: string; slug: string; bio: string; avatarUrl: string | null };
  leadImage: {
    url: string;
    srcSet: string;
    width: number;
    height: number;
    caption: string;
    credit: string;
  } | null;
  views: number;
  ratingAverage: number;
  ratingCount: number;
  ratingLocked: boolean;
};

export type LatestLinkData = { id: number; slug: string; title: string; publishedAt: number };

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

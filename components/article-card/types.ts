// The card's own description of what it needs; the data layer returns this shape (db/listings.ts).
export type CardArticle = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: number;
  section: { id: number; name: string; slug: string } | null;
  author: { id: number; name: string; slug: string };
  leadImage: { url: string; width: number; height: number; alt: string } | null;
};

export type CardVariant = 'lead' | 'standard' | 'row' | 'compact';

// The card's own description of what it needs; the data layer returns this shape (db/listings.ts).
export type CardArticle = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: number;
  section: { id: number; name: string; slug: string } | null;
  author: { id: number; name: string; slug: string };
  leadImage: { url: string; srcSet?: string; width: number; height: number; alt: string } | null;
};

/**
 * lead: the front page's top story. feature: the first story of a block, image and larger title.
 * standard: image, title, summary. text: the same without the image. row: a list entry with a
 * thumbnail beside it. compact: title and byline only.
 */
export type CardVariant = 'lead' | 'feature' | 'standard' | 'text' | 'row' | 'compact';

// The card's own vocabulary. The article it shows is db/'s ArticleCard, imported from '@/db/types'.

/**
 * lead: the front page's top story. feature: the first story of a block, image and larger title.
 * standard: image, title, summary. text: the same without the image. row: a list entry with a
 * thumbnail beside it. compact: title and byline only.
 */
export type CardVariant = 'lead' | 'feature' | 'standard' | 'text' | 'row' | 'compact';

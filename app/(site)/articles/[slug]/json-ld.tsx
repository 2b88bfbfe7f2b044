import type { PublicArticle } from '@/db/articles/public';

/** schema.org NewsArticle, so search engines read the headline, dates and author without guessing. */
export function ArticleJsonLd({ article, origin }: { article: PublicArticle; origin: string }) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary || undefined,
    datePublished: new Date(article.publishedAt).toISOString(),
    dateModified: new Date(article.updatedAt).toISOString(),
    mainEntityOfPage: `${origin}/articles/${article.slug}`,
    author: [
      {
        '@type': 'Person',
        name: article.author.fullName || article.author.name,
        url: `${origin}/authors/${article.author.slug}`,
      },
    ],
    image: article.leadImage ? [`${origin}${article.leadImage.url}`] : undefined,
    articleSection: article.section?.name,
    keywords: article.tags.map((t) => t.name).join(', ') || undefined,
  };
  // "<" escaped so a title containing "</script>" cannot end the tag early.
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}

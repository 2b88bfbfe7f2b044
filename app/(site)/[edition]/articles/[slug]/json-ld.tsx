import type { PublicArticle } from '@/db/types';
import { SITE_NAME } from '@/components/site/site-config';
import { describeArticle } from '@/lib/meta-description';

/** The image a shared link shows: the lead image, else the generated 1200×630 card. */
export function ogImageOf(article: PublicArticle): {
  url: string;
  width: number;
  height: number;
  alt: string;
} {
  return article.leadImage
    ? {
        url: article.leadImage.url,
        width: article.leadImage.width,
        height: article.leadImage.height,
        alt: article.title,
      }
    : { url: `/articles/${article.slug}/card.png`, width: 1200, height: 630, alt: article.title };
}

/** schema.org NewsArticle and BreadcrumbList, so search engines read the headline, dates, author,
 *  publisher and place in the site without guessing. */
export function ArticleJsonLd({ article, origin }: { article: PublicArticle; origin: string }) {
  const url = `${origin}/articles/${article.slug}`;
  const news = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: describeArticle(article.summary, article.bodyHtml, article.title),
    datePublished: new Date(article.publishedAt).toISOString(),
    dateModified: new Date(article.updatedAt).toISOString(),
    mainEntityOfPage: url,
    author: [
      {
        '@type': 'Person',
        name: article.author.fullName || article.author.name,
        url: `${origin}/authors/${article.author.slug}`,
      },
    ],
    publisher: {
      '@type': 'Organization',
      name: SITE_NAME,
      url: `${origin}/`,
      logo: { '@type': 'ImageObject', url: `${origin}/icon.svg` },
    },
    image: [`${origin}${ogImageOf(article).url}`],
    articleSection: article.section?.name,
    keywords: article.tags.map((t) => t.name).join(', ') || undefined,
  };
  const crumbs = [
    { name: SITE_NAME, item: `${origin}/` },
    ...(article.section
      ? [{ name: article.section.name, item: `${origin}/sections/${article.section.slug}` }]
      : []),
    { name: article.title, item: url },
  ];
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, ...c })),
  };
  return <JsonLd data={[news, breadcrumbs]} />;
}

/** "<" escaped so a title containing "</script>" cannot end the tag early. */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}

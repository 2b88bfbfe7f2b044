// The article page: ISR, rendered once per article and served from memory (see ../cached.ts).
// It reads no cookies, headers or searchParams, so the HTML is the same for every reader; views
// and votes arrive through the live endpoint after the page loads, "Most read" from /most-read.json.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleView } from '@/components/article/article-view';
import { getMostReadLabels } from '@/components/article/most-read-labels';
import { MostReadLive } from '@/components/article/most-read-live';
import { RelatedStories } from '@/components/article/related-stories';
import { articlePath } from '@/components/article/types';
import { SITE_NAME, siteUrl } from '@/components/site/site-config';
import { describeArticle } from '@/lib/meta-description';
import { newsroomTimeZone } from '@/lib/config';
import { loadEditionArticle } from '@/app/(site)/articles/edition-article';
import { AlsoIn, hreflangAlternates } from '@/components/article/also-in';
import { editionPath } from '@/lib/editions';
import { pagePath, setPageEdition } from '@/lib/page-edition';
import { ArticleJsonLd, ogImageOf } from './json-ld';

export const dynamicParams = true;
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; edition: string }> };

// Metadata and the page share one load per render (loadEditionArticle is cached per request).
async function load(params: Props['params']) {
  const { edition, slug } = await params;
  return loadEditionArticle(edition, slug, '');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, page } = await load(params);
  const { article, tellings } = page;
  const path = editionPath(edition, articlePath(article.slug));
  const description = describeArticle(article.summary, article.bodyHtml, `${article.title}: ${SITE_NAME}.`);
  const image = ogImageOf(article);
  return {
    title: article.title,
    description,
    alternates: { canonical: path, languages: hreflangAlternates(tellings, article.storyId) },
    authors: [
      {
        name: article.author.fullName || article.author.name,
        url: editionPath(edition, `/authors/${article.author.slug}`),
      },
    ],
    openGraph: {
      type: 'article',
      locale: edition.tag,
      url: path,
      title: article.title,
      description,
      publishedTime: new Date(article.publishedAt).toISOString(),
      modifiedTime: new Date(article.updatedAt).toISOString(),
      section: article.section?.name,
      tags: article.tags.map((t) => t.name),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: article.title, description, images: [image.url] },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { edition, page } = await load(params);
  const { article, latest, related, tellings } = page;
  setPageEdition(edition);
  const origin = siteUrl().origin;
  const locale = edition.tag;
  const [t, mostReadLabels] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getMostReadLabels(locale),
  ]);
  return (
    <>
      <ArticleJsonLd article={article} origin={origin} />
      <AlsoIn tellings={tellings} currentId={article.id} label={t('alsoIn')} />
      <ArticleView
        article={article}
        latest={latest}
        siteOrigin={origin}
        timeZone={newsroomTimeZone()}
        locale={locale}
      />
      <RelatedStories related={related} timeZone={newsroomTimeZone()} locale={locale} />
      <MostReadLive
        edition={edition.isDefault ? null : edition.tag}
        prefix={pagePath('')}
        labels={mostReadLabels}
      />
    </>
  );
}

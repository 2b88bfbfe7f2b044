// The article page: ISR, rendered once per article and served from memory (see ../cached.ts).
// It reads no cookies, headers or searchParams, so the HTML is the same for every reader; views
// and votes arrive through the live endpoint after the page loads, "Most read" from /most-read.json.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { ArticleView } from '@/components/article/article-view';
import { getMostReadLabels } from '@/components/article/most-read-labels';
import { MostReadLive } from '@/components/article/most-read-live';
import { RelatedStories } from '@/components/article/related-stories';
import { articlePath } from '@/components/article/types';
import { SITE_NAME, siteUrl } from '@/components/site/site-config';
import { describeArticle } from '@/lib/meta-description';
import { newsroomTimeZone } from '@/lib/config';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { loadArticlePage } from '../cached';
import { ArticleJsonLd, ogImageOf } from './json-ld';

export const dynamicParams = true;
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

// Metadata and the page share one load per render.
const load = cache(async (slug: string) => {
  const page = await loadArticlePage(slug);
  if (page.kind === 'redirect') permanentRedirect(articlePath(page.slug));
  if (page.kind === 'missing') notFound();
  return page;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await load((await params).slug);
  const path = articlePath(article.slug);
  const description = describeArticle(article.summary, article.bodyHtml, `${article.title}: ${SITE_NAME}.`);
  const image = ogImageOf(article);
  return {
    title: article.title,
    description,
    alternates: { canonical: path },
    authors: [
      { name: article.author.fullName || article.author.name, url: `/authors/${article.author.slug}` },
    ],
    openGraph: {
      type: 'article',
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
  const { article, latest, related } = await load((await params).slug);
  const origin = siteUrl().origin;
  const locale = DEFAULT_LOCALE;
  return (
    <>
      <ArticleJsonLd article={article} origin={origin} />
      <ArticleView
        article={article}
        latest={latest}
        siteOrigin={origin}
        timeZone={newsroomTimeZone()}
        locale={locale}
      />
      <RelatedStories related={related} timeZone={newsroomTimeZone()} locale={locale} />
      <MostReadLive labels={await getMostReadLabels(locale)} />
    </>
  );
}

// The print-friendly view: the article without the site's chrome, on screen as on paper. It is its
// own ISR page (a ?print=1 on the article URL would make that page read searchParams and so stop
// being cached), and its canonical link points at the article.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { ArticleView } from '@/components/article/article-view';
import { articlePath } from '@/components/article/types';
import { siteUrl } from '@/components/site/site-config';
import { newsroomTimeZone } from '@/lib/config';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { loadArticlePage } from '@/app/(site)/articles/cached';
import styles from './print.module.css';

export const dynamicParams = true;
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const page = await loadArticlePage(slug);
  if (page.kind === 'redirect') permanentRedirect(`${articlePath(page.slug)}/print`);
  if (page.kind === 'missing') notFound();
  return page;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await load((await params).slug);
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'Article' });
  return {
    title: t('printTitle', { title: article.title }),
    description: article.summary || undefined,
    alternates: { canonical: articlePath(article.slug) },
    robots: { index: false },
  };
}

export default async function PrintArticlePage({ params }: Props) {
  const { article } = await load((await params).slug);
  const locale = DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <main className={styles.page}>
      <p className={styles.back} data-print="hide">
        <a href={articlePath(article.slug)}>{t('backToArticle')}</a>
      </p>
      <ArticleView
        article={article}
        latest={[]}
        siteOrigin={siteUrl().origin}
        timeZone={newsroomTimeZone()}
        locale={locale}
        variant="print"
      />
    </main>
  );
}

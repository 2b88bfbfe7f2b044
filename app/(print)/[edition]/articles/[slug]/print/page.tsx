// The print-friendly view: the article without the site's chrome, on screen as on paper. It is its
// own ISR page (a ?print=1 on the article URL would make that page read searchParams and so stop
// being cached), and its canonical link points at the article.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleView } from '@/components/article/article-view';
import { articlePath } from '@/components/article/types';
import { siteUrl } from '@/components/site/site-config';
import { newsroomTimeZone } from '@/lib/config';
import { loadEditionArticle } from '@/app/(site)/articles/edition-article';
import { editionPath } from '@/lib/editions';
import { setPageEdition } from '@/lib/page-edition';
import styles from './print.module.css';

export const dynamicParams = true;
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; edition: string }> };

async function load(params: Props['params']) {
  const { edition, slug } = await params;
  return loadEditionArticle(edition, slug, '/print');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, page } = await load(params);
  const { article } = page;
  const t = await getTranslations({ locale: edition.tag, namespace: 'Article' });
  return {
    title: t('printTitle', { title: article.title }),
    description: article.summary || undefined,
    alternates: { canonical: editionPath(edition, articlePath(article.slug)) },
    robots: { index: false },
  };
}

export default async function PrintArticlePage({ params }: Props) {
  const { edition, page } = await load(params);
  const { article } = page;
  setPageEdition(edition);
  const locale = edition.tag;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <main className={styles.page}>
      <p className={styles.back} data-print="hide">
        <a href={editionPath(edition, articlePath(article.slug))}>{t('backToArticle')}</a>
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

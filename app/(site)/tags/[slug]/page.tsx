import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article-card/article-list';
import { BreadcrumbsJsonLd } from '@/components/site/breadcrumbs-json-ld';
import { Container } from '@/components/site/container';
import { PageHeader } from '@/components/site/page-header';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
import { bdi } from '@/components/i18n/bdi';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { getTag, getTagArticles } from '../../cached';
import { feedAlternate } from '../../feeds';
import { pageSuffix, pageWindow, requirePage, requirePageInRange, type ListSearchParams } from '../../paging';

type Props = { params: Promise<{ slug: string }>; searchParams: ListSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const tag = await getTag(slug);
  // A 404 decided here too, so a missing page never gets the title of a real one.
  if (!tag) notFound();
  const n = requirePage(page);
  requirePageInRange(n, (await getTagArticles(tag.id, pageWindow(n))).total);
  const [t, site] = await Promise.all([
    getTranslations({ locale: DEFAULT_LOCALE, namespace: 'Lists' }),
    getTranslations({ locale: DEFAULT_LOCALE, namespace: 'Site' }),
  ]);
  return {
    title: `${tag.name}${await pageSuffix(n, DEFAULT_LOCALE)}`,
    description: t('tagDescription', { name: tag.name, site: SITE_NAME }),
    alternates: {
      canonical: n > 1 ? `/tags/${slug}?page=${n}` : `/tags/${slug}`,
      types: feedAlternate(
        `/tags/${slug}/feed.xml`,
        site('feedTitleOf', { site: SITE_NAME, name: tag.name }),
      ),
    },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const tag = await getTag(slug);
  if (!tag) notFound();
  const n = requirePage(page);
  const { items, total } = await getTagArticles(tag.id, pageWindow(n));
  const pages = requirePageInRange(n, total);
  const locale = DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'Lists' });

  return (
    <Container>
      <BreadcrumbsJsonLd
        crumbs={[
          { name: SITE_NAME, path: '/' },
          { name: tag.name, path: `/tags/${tag.slug}` },
        ]}
      />
      <PageHeader
        kicker={t('tagKicker')}
        title={tag.name}
        description={<p>{t.rich('taggedCount', { count: total, name: tag.name, bdi })}</p>}
      />
      <ArticleList
        articles={items}
        variant="row"
        layout="stack"
        headingLevel={2}
        emptyMessage={t('empty')}
        locale={locale}
      />
      <Pagination page={n} pageCount={pages} basePath={`/tags/${tag.slug}`} locale={locale} />
    </Container>
  );
}

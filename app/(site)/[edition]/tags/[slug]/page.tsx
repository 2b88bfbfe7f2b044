import type { Metadata } from 'next';
import { requireEdition } from '@/app/(site)/editions';
import { editionPath } from '@/lib/editions';
import { setPageEdition } from '@/lib/page-edition';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article-card/article-list';
import { BreadcrumbsJsonLd } from '@/components/site/breadcrumbs-json-ld';
import { Container } from '@/components/site/container';
import { PageHeader } from '@/components/site/page-header';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
import { bdi } from '@/components/i18n/bdi';
import { getTag, getTagArticles } from '@/app/(site)/cached';
import { feedAlternate } from '@/app/(site)/feeds';
import {
  pageSuffix,
  pageWindow,
  requirePage,
  requirePageInRange,
  type ListSearchParams,
} from '@/app/(site)/paging';

type Props = { params: Promise<{ slug: string; edition: string }>; searchParams: ListSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const [tag, edition] = await Promise.all([getTag(slug), requireEdition(params)]);
  // A 404 decided here too, so a missing page never gets the title of a real one. A tag
  // belongs to one edition: under another edition's prefix it is not there.
  if (!tag || tag.editionId !== edition.id) notFound();
  const n = requirePage(page);
  requirePageInRange(n, (await getTagArticles(tag.id, pageWindow(n))).total);
  const [t, site] = await Promise.all([
    getTranslations({ locale: edition.tag, namespace: 'Lists' }),
    getTranslations({ locale: edition.tag, namespace: 'Site' }),
  ]);
  return {
    title: `${tag.name}${await pageSuffix(n, edition.tag)}`,
    description: t('tagDescription', { name: tag.name, site: SITE_NAME }),
    alternates: {
      canonical: editionPath(edition, n > 1 ? `/tags/${slug}?page=${n}` : `/tags/${slug}`),
      types: feedAlternate(
        editionPath(edition, `/tags/${slug}/feed.xml`),
        site('feedTitleOf', { site: SITE_NAME, name: tag.name }),
      ),
    },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const [tag, edition] = await Promise.all([getTag(slug), requireEdition(params)]);
  if (!tag || tag.editionId !== edition.id) notFound();
  setPageEdition(edition);
  const n = requirePage(page);
  const { items, total } = await getTagArticles(tag.id, pageWindow(n));
  const pages = requirePageInRange(n, total);
  const locale = edition.tag;
  const t = await getTranslations({ locale, namespace: 'Lists' });

  return (
    <Container>
      <BreadcrumbsJsonLd
        crumbs={[
          { name: SITE_NAME, path: editionPath(edition, '/') },
          { name: tag.name, path: editionPath(edition, `/tags/${tag.slug}`) },
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
      <Pagination
        page={n}
        pageCount={pages}
        basePath={editionPath(edition, `/tags/${tag.slug}`)}
        locale={locale}
      />
    </Container>
  );
}

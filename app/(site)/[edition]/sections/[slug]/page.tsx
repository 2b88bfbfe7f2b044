import type { Metadata } from 'next';
import { requireEdition } from '@/app/(site)/editions';
import { editionPath } from '@/lib/editions';
import { setPageEdition } from '@/lib/page-edition';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article-card/article-list';
import { BreadcrumbsJsonLd } from '@/components/site/breadcrumbs-json-ld';
import { Container } from '@/components/site/container';
import { FeedLink } from '@/components/site/feed-link';
import { PageHeader } from '@/components/site/page-header';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
import { getSection, getSectionArticles } from '@/app/(site)/cached';
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
  const [section, edition] = await Promise.all([getSection(slug), requireEdition(params)]);
  // A 404 decided here too, so a missing page never gets the title of a real one. A section
  // belongs to one edition: under another edition's prefix it is not there.
  if (!section || section.editionId !== edition.id) notFound();
  const n = requirePage(page);
  requirePageInRange(n, (await getSectionArticles(section.id, pageWindow(n))).total);
  const [t, site] = await Promise.all([
    getTranslations({ locale: edition.tag, namespace: 'Lists' }),
    getTranslations({ locale: edition.tag, namespace: 'Site' }),
  ]);
  return {
    title: `${section.name}${await pageSuffix(n, edition.tag)}`,
    description: section.description || t('sectionDescription', { name: section.name, site: SITE_NAME }),
    alternates: {
      canonical: editionPath(edition, n > 1 ? `/sections/${slug}?page=${n}` : `/sections/${slug}`),
      types: {
        'application/rss+xml': [
          {
            url: editionPath(edition, `/sections/${slug}/feed.xml`),
            title: site('feedTitleOf', { site: SITE_NAME, name: section.name }),
          },
        ],
      },
    },
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const [section, edition] = await Promise.all([getSection(slug), requireEdition(params)]);
  if (!section || section.editionId !== edition.id) notFound();
  setPageEdition(edition);
  const n = requirePage(page);
  const { items, total } = await getSectionArticles(section.id, pageWindow(n));
  const pages = requirePageInRange(n, total);
  const locale = edition.tag;
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: 'Lists' }),
    getTranslations({ locale, namespace: 'Site' }),
  ]);

  return (
    <Container>
      <BreadcrumbsJsonLd
        crumbs={[
          { name: SITE_NAME, path: editionPath(edition, '/') },
          { name: section.name, path: editionPath(edition, `/sections/${section.slug}`) },
        ]}
      />
      <PageHeader
        kicker={t('sectionKicker')}
        title={section.name}
        description={section.description ? <p>{section.description}</p> : undefined}
        aside={
          <FeedLink
            href={editionPath(edition, `/sections/${section.slug}/feed.xml`)}
            label={site('sectionFeed', { name: section.name })}
          />
        }
      />
      <ArticleList
        articles={items}
        variant="row"
        layout="stack"
        headingLevel={2}
        showSection={false}
        emptyMessage={t('empty')}
        locale={locale}
      />
      <Pagination
        page={n}
        pageCount={pages}
        basePath={editionPath(edition, `/sections/${section.slug}`)}
        locale={locale}
      />
    </Container>
  );
}

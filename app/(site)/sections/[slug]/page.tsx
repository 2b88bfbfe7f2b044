import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article-card/article-list';
import { BreadcrumbsJsonLd } from '@/components/site/breadcrumbs-json-ld';
import { Container } from '@/components/site/container';
import { FeedLink } from '@/components/site/feed-link';
import { PageHeader } from '@/components/site/page-header';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { getSection, getSectionArticles } from '../../cached';
import { pageSuffix, pageWindow, requirePage, requirePageInRange, type ListSearchParams } from '../../paging';

type Props = { params: Promise<{ slug: string }>; searchParams: ListSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const section = await getSection(slug);
  // A 404 decided here too, so a missing page never gets the title of a real one.
  if (!section) notFound();
  const n = requirePage(page);
  requirePageInRange(n, (await getSectionArticles(section.id, pageWindow(n))).total);
  const [t, site] = await Promise.all([
    getTranslations({ locale: DEFAULT_LOCALE, namespace: 'Lists' }),
    getTranslations({ locale: DEFAULT_LOCALE, namespace: 'Site' }),
  ]);
  return {
    title: `${section.name}${await pageSuffix(n, DEFAULT_LOCALE)}`,
    description: section.description || t('sectionDescription', { name: section.name, site: SITE_NAME }),
    alternates: {
      canonical: n > 1 ? `/sections/${slug}?page=${n}` : `/sections/${slug}`,
      types: {
        'application/rss+xml': [
          {
            url: `/sections/${slug}/feed.xml`,
            title: site('feedTitleOf', { site: SITE_NAME, name: section.name }),
          },
        ],
      },
    },
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const section = await getSection(slug);
  if (!section) notFound();
  const n = requirePage(page);
  const { items, total } = await getSectionArticles(section.id, pageWindow(n));
  const pages = requirePageInRange(n, total);
  const locale = DEFAULT_LOCALE;
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: 'Lists' }),
    getTranslations({ locale, namespace: 'Site' }),
  ]);

  return (
    <Container>
      <BreadcrumbsJsonLd
        crumbs={[
          { name: SITE_NAME, path: '/' },
          { name: section.name, path: `/sections/${section.slug}` },
        ]}
      />
      <PageHeader
        kicker={t('sectionKicker')}
        title={section.name}
        description={section.description ? <p>{section.description}</p> : undefined}
        aside={
          <FeedLink
            href={`/sections/${section.slug}/feed.xml`}
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
      <Pagination page={n} pageCount={pages} basePath={`/sections/${section.slug}`} locale={locale} />
    </Container>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Container } from '@/components/site/container';
import { PageHeader } from '@/components/site/page-header';
import { SearchForm } from '@/components/site/search-form';
import { SearchResults } from '@/components/site/search-results';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
import { bdi } from '@/components/i18n/bdi';
import { getAuthors, getSections } from '@/app/(site)/cached';
import {
  pageSuffix,
  pageWindow,
  requirePage,
  requirePageInRange,
  type ListSearchParams,
} from '@/app/(site)/paging';
import { getSearchResults } from '@/app/(site)/search/cached';
import { linkParams, queryOf, readSearchParams } from '@/app/(site)/search/params';
import { requireEdition } from '@/app/(site)/editions';
import { editionPath } from '@/lib/editions';
import { setPageEdition } from '@/lib/page-edition';
import styles from '@/app/(site)/list-page.module.css';

type Props = { params: Promise<{ edition: string }>; searchParams: ListSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const edition = await requireEdition(params);
  const { q, page } = await searchParams;
  const query = queryOf(q);
  const t = await getTranslations({ locale: edition.tag, namespace: 'Search' });
  return {
    title: query
      ? `${t('titleFor', { query })}${await pageSuffix(requirePage(page), edition.tag)}`
      : t('title'),
    description: t('description', { site: SITE_NAME }),
    alternates: { canonical: editionPath(edition, '/search') },
    // Result pages are endless variations of the same content; search engines should not index them.
    robots: query ? { index: false, follow: true } : undefined,
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const edition = await requireEdition(params);
  setPageEdition(edition);
  const query = await searchParams;
  const s = readSearchParams(query);
  const n = requirePage(query.page);
  const [sections, authors] = await Promise.all([getSections(edition.id), getAuthors()]);
  const { items, total, terms } = s.q
    ? await getSearchResults(edition.id, s, pageWindow(n))
    : { items: [], total: 0, terms: [] };
  const pages = requirePageInRange(n, total);
  const locale = edition.tag;
  const t = await getTranslations({ locale, namespace: 'Search' });

  return (
    <Container>
      <PageHeader title={t('title')} />
      <SearchForm defaultValue={s.q} filters={{ sections, authors, values: s }} locale={locale} />
      {s.problems.map((p) => (
        <p key={p.key} className={styles.status} role="status">
          {t(p.key, { value: p.value })}
        </p>
      ))}
      {s.q ? (
        <section className={styles.listSection} aria-labelledby="results-heading">
          <h2 id="results-heading" className={`rule-heading ${styles.listHeading}`}>
            {t.rich('resultsFor', { count: total, query: s.q, bdi })}
          </h2>
          {total > 0 ? (
            <SearchResults hits={items} locale={locale} />
          ) : (
            <NoResults usable={terms.length > 0} locale={locale} />
          )}
          <Pagination
            page={n}
            pageCount={pages}
            basePath={editionPath(edition, '/search')}
            query={linkParams(s)}
            locale={locale}
          />
        </section>
      ) : null}
    </Container>
  );
}

async function NoResults({ usable, locale }: { usable: boolean; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <div className={styles.status}>
      <p>{usable ? t('noMatch') : t('noWords')}</p>
      <ul>
        <li>{t('tipFewer')}</li>
        <li>{t('tipSpelling')}</li>
        <li>{t('tipQuotes')}</li>
        <li>{t('tipFilters')}</li>
      </ul>
    </div>
  );
}

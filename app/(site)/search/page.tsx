import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Container } from '@/components/site/container';
import { PageHeader } from '@/components/site/page-header';
import { SearchForm } from '@/components/site/search-form';
import { SearchResults } from '@/components/site/search-results';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
import { bdi } from '@/components/i18n/bdi';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { getAuthors, getSections } from '../cached';
import { pageSuffix, pageWindow, requirePage, requirePageInRange, type ListSearchParams } from '../paging';
import { getSearchResults } from './cached';
import { linkParams, queryOf, readSearchParams } from './params';
import styles from '../list-page.module.css';

type Props = { searchParams: ListSearchParams };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q, page } = await searchParams;
  const query = queryOf(q);
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'Search' });
  return {
    title: query
      ? `${t('titleFor', { query })}${await pageSuffix(requirePage(page), DEFAULT_LOCALE)}`
      : t('title'),
    description: t('description', { site: SITE_NAME }),
    alternates: { canonical: '/search' },
    // Result pages are endless variations of the same content; search engines should not index them.
    robots: query ? { index: false, follow: true } : undefined,
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const s = readSearchParams(params);
  const n = requirePage(params.page);
  const [sections, authors] = await Promise.all([getSections(), getAuthors()]);
  const { items, total, terms } = s.q
    ? await getSearchResults(s, pageWindow(n))
    : { items: [], total: 0, terms: [] };
  const pages = requirePageInRange(n, total);
  const locale = DEFAULT_LOCALE;
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
          <Pagination page={n} pageCount={pages} basePath="/search" query={linkParams(s)} locale={locale} />
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

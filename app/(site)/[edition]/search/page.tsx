import type { Metadata } from 'next';
import { Container } from '@/components/site/container';
import { PageHeader } from '@/components/site/page-header';
import { SearchForm } from '@/components/site/search-form';
import { SearchResults } from '@/components/site/search-results';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
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
  return {
    title: query ? `Search: ${query}${pageSuffix(requirePage(page))}` : 'Search',
    description: `Search every article published by ${SITE_NAME}.`,
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

  return (
    <Container>
      <PageHeader title="Search" />
      <SearchForm defaultValue={s.q} filters={{ sections, authors, values: s }} />
      {s.problems.map((p) => (
        <p key={p} className={styles.status} role="status">
          {p}
        </p>
      ))}
      {s.q ? (
        <section className={styles.listSection} aria-labelledby="results-heading">
          <h2 id="results-heading" className={`rule-heading ${styles.listHeading}`}>
            {total === 0 ? 'No results' : total === 1 ? '1 result' : `${total} results`} for “{s.q}”
          </h2>
          {total > 0 ? <SearchResults hits={items} /> : <NoResults usable={terms.length > 0} />}
          <Pagination
            page={n}
            pageCount={pages}
            basePath={editionPath(edition, '/search')}
            query={linkParams(s)}
          />
        </section>
      ) : null}
    </Container>
  );
}

function NoResults({ usable }: { usable: boolean }) {
  return (
    <div className={styles.status}>
      <p>
        {usable
          ? 'No article matches every word.'
          : 'Those characters are not words we can search for. Try letters or numbers.'}
      </p>
      <ul>
        <li>Try fewer or more general words; every word must appear.</li>
        <li>Check the spelling, or type the start of a word: “harb” finds “harbour”.</li>
        <li>Put “quotes” around words that belong together.</li>
        <li>Remove the section, author or date filters.</li>
      </ul>
    </div>
  );
}

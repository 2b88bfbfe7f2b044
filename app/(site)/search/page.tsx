import type { Metadata } from 'next';
import { ArticleList } from '@/components/article-card/article-list';
import { Container } from '@/components/site/container';
import { PageHeader } from '@/components/site/page-header';
import { SearchForm } from '@/components/site/search-form';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
import { getSearchResults } from '../cached';
import { pageSuffix, pageWindow, requirePage, requirePageInRange, type ListSearchParams } from '../paging';
import styles from '../list-page.module.css';

type Props = { searchParams: ListSearchParams };

/** The reader's words, trimmed and capped, so the cache key and the query stay small. */
function queryOf(q: string | string[] | undefined): string {
  return (typeof q === 'string' ? q : '').trim().replace(/\s+/g, ' ').slice(0, 200);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q, page } = await searchParams;
  const query = queryOf(q);
  return {
    title: query ? `Search: ${query}${pageSuffix(requirePage(page))}` : 'Search',
    description: `Search every article published by ${SITE_NAME}.`,
    // Result pages are endless variations of the same content; search engines should not index them.
    robots: query ? { index: false, follow: true } : undefined,
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page } = await searchParams;
  const query = queryOf(q);
  const n = requirePage(page);
  const { items, total } = query ? await getSearchResults(query, pageWindow(n)) : { items: [], total: 0 };
  const pages = requirePageInRange(n, total);

  return (
    <Container>
      <PageHeader title="Search" />
      <SearchForm defaultValue={query} />
      {query ? (
        <section className={styles.listSection} aria-labelledby="results-heading">
          <h2 id="results-heading" className={`rule-heading ${styles.listHeading}`}>
            {total === 0 ? 'No results' : total === 1 ? '1 result' : `${total} results`} for “{query}”
          </h2>
          <ArticleList
            articles={items}
            variant="row"
            layout="stack"
            headingLevel={3}
            emptyMessage="No article matches every word. Try fewer or different words."
          />
          <Pagination page={n} pageCount={pages} basePath="/search" query={{ q: query }} />
        </section>
      ) : null}
    </Container>
  );
}

import Link from 'next/link';
import styles from './pagination.module.css';

type PaginationProps = {
  page: number;
  pageCount: number;
  /** The list's path, e.g. /sections/world. */
  basePath: string;
  /** Other query parameters to keep on every page link (e.g. the search words). */
  query?: Record<string, string>;
};

function hrefFor(basePath: string, page: number, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(query);
  // Page 1 has one URL, the bare path, so it is never cached or indexed twice.
  if (page > 1) params.set('page', String(page));
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

export function Pagination({ page, pageCount, basePath, query }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label="Pages">
      {page > 1 ? (
        <Link className={styles.step} href={hrefFor(basePath, page - 1, query)} rel="prev">
          <span aria-hidden="true">←</span> Newer
        </Link>
      ) : (
        <span className={styles.placeholder} />
      )}
      <p className={styles.status}>
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link className={styles.step} href={hrefFor(basePath, page + 1, query)} rel="next">
          Older <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className={styles.placeholder} />
      )}
    </nav>
  );
}

export { hrefFor as pageHref };

// "Page n of m" with a link either side: the one pager for the public lists and the newsroom's
// tables. Plain links, so paging works without JavaScript and every page is a shareable URL.
import type { ReactNode } from 'react';
import styles from './pagination.module.css';

/**
 * list: the public lists, newest first, so the steps are "Newer" and "Older".
 * table: the newsroom's tables, whose order is not always by date: "Previous page" and "Next page".
 */
type PaginationLook = 'list' | 'table';

type PaginationProps = {
  page: number;
  pageCount: number;
  /** The list's path, e.g. /sections/world. */
  basePath: string;
  /** Other query parameters to keep on every page link (e.g. the search words); empty ones are left off. */
  query?: Record<string, string>;
  /** The nav's accessible name: say which list it pages where a page has more than one. */
  label?: string;
  look?: PaginationLook;
};

type Look = {
  nav: string;
  step?: string;
  status: { as: 'p' | 'span'; className?: string };
  previous: ReactNode;
  next: ReactNode;
};

const LOOKS: Record<PaginationLook, Look> = {
  list: {
    nav: styles.pagination,
    step: styles.step,
    status: { as: 'p', className: styles.status },
    previous: (
      <>
        <span aria-hidden="true">←</span> Newer
      </>
    ),
    next: (
      <>
        Older <span aria-hidden="true">→</span>
      </>
    ),
  },
  table: { nav: styles.table, status: { as: 'span' }, previous: 'Previous page', next: 'Next page' },
};

function hrefFor(basePath: string, page: number, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== ''));
  // Page 1 has one URL, the bare path, so it is never cached or indexed twice.
  if (page > 1) params.set('page', String(page));
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

export function Pagination({
  page,
  pageCount,
  basePath,
  query,
  label = 'Pages',
  look = 'list',
}: PaginationProps) {
  if (pageCount <= 1) return null;
  const { nav, step, status, previous, next } = LOOKS[look];
  const Status = status.as;
  return (
    <nav className={nav} aria-label={label}>
      {page > 1 ? (
        <a className={step} href={hrefFor(basePath, page - 1, query)} rel="prev">
          {previous}
        </a>
      ) : (
        <span />
      )}
      <Status className={status.className}>
        Page {page} of {pageCount}
      </Status>
      {page < pageCount ? (
        <a className={step} href={hrefFor(basePath, page + 1, query)} rel="next">
          {next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

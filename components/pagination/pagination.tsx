// "Page n of m" with a link either side: the one pager for the public lists and the newsroom's
// tables. Plain links, so paging works without JavaScript and every page is a shareable URL.
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
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
  /** The page's language (the newsroom's tables stay in English). */
  locale?: string;
};

type Look = {
  nav: string;
  step?: string;
  status: { as: 'p' | 'span'; className?: string };
  previous: ReactNode;
  next: ReactNode;
};

type Translate = Awaited<ReturnType<typeof getTranslations<'Pagination'>>>;

// The arrows point back and forth along the line; styles.arrow turns them round on a right-to-left page.
function looks(t: Translate): Record<PaginationLook, Look> {
  return {
    list: {
      nav: styles.pagination,
      step: styles.step,
      status: { as: 'p', className: styles.status },
      previous: (
        <>
          <span aria-hidden="true" className={styles.arrow}>
            ←
          </span>
          {` ${t('newer')}`}
        </>
      ),
      next: (
        <>
          {`${t('older')} `}
          <span aria-hidden="true" className={styles.arrow}>
            →
          </span>
        </>
      ),
    },
    table: { nav: styles.table, status: { as: 'span' }, previous: t('previousPage'), next: t('nextPage') },
  };
}

function hrefFor(basePath: string, page: number, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== ''));
  // Page 1 has one URL, the bare path, so it is never cached or indexed twice.
  if (page > 1) params.set('page', String(page));
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

export async function Pagination({
  page,
  pageCount,
  basePath,
  query,
  label,
  look = 'list',
  locale = DEFAULT_LOCALE,
}: PaginationProps) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  const { nav, step, status, previous, next } = looks(t)[look];
  const Status = status.as;
  return (
    <nav className={nav} aria-label={label ?? t('label')}>
      {page > 1 ? (
        <a className={step} href={hrefFor(basePath, page - 1, query)} rel="prev">
          {previous}
        </a>
      ) : (
        <span />
      )}
      <Status className={status.className}>{t('status', { page, count: pageCount })}</Status>
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

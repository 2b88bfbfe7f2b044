import Link from 'next/link';
import styles from './dashboard.module.css';

type Props = { page: number; pages: number; params: Record<string, string> };

function href(params: Record<string, string>, page: number) {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
  if (page > 1) search.set('page', String(page));
  const query = search.toString();
  return query ? `/newsroom?${query}` : '/newsroom';
}

export function DashboardPagination({ page, pages, params }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages of your articles" className={styles.pagination}>
      {page > 1 ? (
        <Link href={href(params, page - 1)} rel="prev">
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(params, page + 1)} rel="next">
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

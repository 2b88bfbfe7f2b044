// A plain GET form: filtering works without JavaScript and every filter is a shareable URL.
import type { ArticleState } from '@/db/types';
import { STATE_LABELS } from './dashboard-status';
import styles from './dashboard.module.css';

type Props = {
  status: ArticleState | '';
  q: string;
  /** Editors may widen the list to everyone's articles. */ scope?: 'mine' | 'all';
  /** With several editions: the one chosen ('' for all) and the choices. */
  edition?: string;
  editions?: { tag: string; name: string }[];
};

export function DashboardFilters({ status, q, scope, edition = '', editions = [] }: Props) {
  return (
    <form
      method="get"
      action="/newsroom"
      role="search"
      aria-label="Filter articles"
      className={styles.filters}
    >
      <div className={styles.filter}>
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={status}>
          <option value="">All statuses</option>
          {(Object.keys(STATE_LABELS) as ArticleState[]).map((s) => (
            <option key={s} value={s}>
              {STATE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {scope && (
        <div className={styles.filter}>
          <label htmlFor="filter-scope">Written by</label>
          <select id="filter-scope" name="scope" defaultValue={scope}>
            <option value="mine">Me</option>
            <option value="all">Anyone</option>
          </select>
        </div>
      )}
      {editions.length > 1 && (
        <div className={styles.filter}>
          <label htmlFor="filter-edition">Edition</label>
          <select id="filter-edition" name="edition" defaultValue={edition}>
            <option value="">All editions</option>
            {editions.map((e) => (
              <option key={e.tag} value={e.tag} lang={e.tag}>
                {e.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className={styles.filter}>
        <label htmlFor="filter-q">Title contains</label>
        <input id="filter-q" name="q" type="search" defaultValue={q} />
      </div>
      <button type="submit" className={styles.button}>
        Filter
      </button>
    </form>
  );
}

// The votes table's filters: a plain GET form, so a filtered view is a link an admin can share.
import type { FlagKind } from '@/db/types';
import type { FlagText } from './types';
import styles from './controls.module.css';

export type VoteFilterValues = {
  from: string;
  to: string;
  stars: string;
  flag: string;
  reader: string;
  address: string;
  status: string;
};

export function VoteFilters({
  values,
  labels,
  action,
}: {
  values: VoteFilterValues;
  labels: FlagText;
  action: string;
}) {
  return (
    <form method="get" action={action} className={styles.filters} aria-label="Filter votes">
      <div>
        <label htmlFor="filter-from">From (newsroom time)</label>
        <input id="filter-from" name="from" type="datetime-local" defaultValue={values.from} />
      </div>
      <div>
        <label htmlFor="filter-to">Until</label>
        <input id="filter-to" name="to" type="datetime-local" defaultValue={values.to} />
      </div>
      <div>
        <label htmlFor="filter-stars">Stars</label>
        <select id="filter-stars" name="stars" defaultValue={values.stars}>
          <option value="">Any</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-flag">Flag</label>
        <select id="filter-flag" name="flag" defaultValue={values.flag}>
          <option value="">Any</option>
          {(Object.keys(labels) as FlagKind[]).map((flag) => (
            <option key={flag} value={flag}>
              {labels[flag]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-reader">Reader</label>
        <input
          id="filter-reader"
          name="reader"
          defaultValue={values.reader}
          size={10}
          pattern="[0-9a-fA-F]{1,8}"
        />
      </div>
      <div>
        <label htmlFor="filter-address">Address hash</label>
        <input id="filter-address" name="address" defaultValue={values.address} size={10} />
      </div>
      <div>
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={values.status}>
          <option value="all">All</option>
          <option value="counted">Counted</option>
          <option value="removed">Removed</option>
        </select>
      </div>
      <button type="submit" className={styles.secondary}>
        Filter
      </button>
    </form>
  );
}

// A table of articles for the newsroom dashboard. Plain data in, no database: the page loads it.
import Link from 'next/link';
import { formatPublishDate, isoInstant } from '@/components/dates';
import { DashboardStatus, type DashboardState } from './dashboard-status';
import styles from './dashboard.module.css';

export type DashboardRow = {
  id: number;
  title: string;
  state: DashboardState;
  sectionName: string | null;
  authorName: string;
  updatedAt: number;
  publishedAt: number | null;
  views: number;
  viewsToday: number;
  viewsWeek: number;
  ratingAverage: number | null;
  ratingCount: number;
};

type Props = {
  caption: string;
  rows: DashboardRow[];
  timeZone: string;
  /** Shown instead of an empty table. */
  empty: string;
  /** For the scheduled list: the publish time matters more than the last edit. */
  showPublishTime?: boolean;
};

export function DashboardTable({ caption, rows, timeZone, empty, showPublishTime }: Props) {
  if (rows.length === 0) return <p className={styles.empty}>{empty}</p>;
  return (
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Section</th>
            <th scope="col">Author</th>
            <th scope="col">{showPublishTime ? 'Publishes' : 'Updated'}</th>
            <th scope="col" className={styles.number}>
              Views today
            </th>
            <th scope="col" className={styles.number}>
              This week
            </th>
            <th scope="col" className={styles.number}>
              All time
            </th>
            <th scope="col" className={styles.number}>
              Rating
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const when = showPublishTime && row.publishedAt != null ? row.publishedAt : row.updatedAt;
            return (
              <tr key={row.id}>
                <th scope="row" className={styles.titleCell}>
                  <Link href={`/newsroom/articles/${row.id}`}>{row.title || 'Untitled'}</Link>
                </th>
                <td>
                  <DashboardStatus state={row.state} />
                </td>
                <td>{row.sectionName ?? '—'}</td>
                <td>{row.authorName}</td>
                <td>
                  <time dateTime={isoInstant(when)}>{formatPublishDate(when, timeZone)}</time>
                </td>
                <td className={styles.number}>{row.viewsToday.toLocaleString('en-GB')}</td>
                <td className={styles.number}>{row.viewsWeek.toLocaleString('en-GB')}</td>
                <td className={styles.number}>{row.views.toLocaleString('en-GB')}</td>
                <td className={styles.number}>
                  {row.ratingCount > 0 && row.ratingAverage != null ? (
                    <>
                      {row.ratingAverage.toFixed(1)} <span className={styles.muted}>({row.ratingCount})</span>
                    </>
                  ) : (
                    <span className={styles.muted}>—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

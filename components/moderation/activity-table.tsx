// Articles by rating activity, the suspicious first (the order comes from the data layer).
import Link from 'next/link';
import { formatAverage, type ActivityRow } from './types';
import styles from './moderation.module.css';

export function ActivityTable({ rows }: { rows: ActivityRow[] }) {
  if (rows.length === 0) return <p className={styles.muted}>No article has any votes yet.</p>;
  return (
    <div className={styles.scroll} role="region" aria-label="Articles by rating activity" tabIndex={0}>
      <table className={styles.table}>
        <caption>Articles by rating activity, the most suspicious first</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col" className={styles.number}>
              Flagged votes
            </th>
            <th scope="col" className={styles.number}>
              Last hour
            </th>
            <th scope="col" className={styles.number}>
              Last day
            </th>
            <th scope="col" className={styles.number}>
              All time
            </th>
            <th scope="col" className={styles.number}>
              Average
            </th>
            <th scope="col" className={styles.number}>
              Removed
            </th>
            <th scope="col">Ratings</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link href={`/newsroom/moderation/${row.id}`}>{row.title}</Link>
              </th>
              <td className={styles.number}>
                {row.flaggedVotes > 0 ? <span className={styles.chip}>{row.flaggedVotes}</span> : 0}
              </td>
              <td className={styles.number}>{row.votesLastHour}</td>
              <td className={styles.number}>{row.votesLastDay}</td>
              <td className={styles.number}>{row.votes}</td>
              <td className={styles.number}>{formatAverage(row.average)}</td>
              <td className={styles.number}>{row.removedVotes}</td>
              <td>{row.locked ? <span className={styles.badge}>Closed</span> : 'Open'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Articles by rating activity, the suspicious first (the order comes from the data layer).
import Link from 'next/link';
import { DataTable, NumberCell, type Column } from '@/components/newsroom/data-table';
import type { ArticleActivity } from '@/db/types';
import { formatAverage } from './types';
import styles from './chips.module.css';

const columns: Column[] = [
  { label: 'Article' },
  { label: 'Flagged votes', numeric: true },
  { label: 'Last hour', numeric: true },
  { label: 'Last day', numeric: true },
  { label: 'All time', numeric: true },
  { label: 'Average', numeric: true },
  { label: 'Removed', numeric: true },
  { label: 'Ratings' },
];

export function ActivityTable({ rows }: { rows: ArticleActivity[] }) {
  if (rows.length === 0) return <p className={styles.muted}>No article has any votes yet.</p>;
  return (
    <DataTable
      label="Articles by rating activity"
      caption="Articles by rating activity, the most suspicious first"
      columns={columns}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <th scope="row">
            <Link href={`/newsroom/moderation/${row.id}`}>{row.title}</Link>
          </th>
          <NumberCell>
            {row.flaggedVotes > 0 ? <span className={styles.chip}>{row.flaggedVotes}</span> : 0}
          </NumberCell>
          <NumberCell>{row.votesLastHour}</NumberCell>
          <NumberCell>{row.votesLastDay}</NumberCell>
          <NumberCell>{row.votes}</NumberCell>
          <NumberCell>{formatAverage(row.average)}</NumberCell>
          <NumberCell>{row.removedVotes}</NumberCell>
          <td>{row.locked ? <span className={styles.badge}>Closed</span> : 'Open'}</td>
        </tr>
      ))}
    </DataTable>
  );
}

// The stats page's ranked lists and per-article table; each title opens the article's chart.
import Link from 'next/link';
import { DataTable, NumberCell, formatCount, type Column } from '@/components/newsroom/data-table';
import type { ArticleStats } from '@/db/types';
import { formatAverage } from './types';
import styles from './moderation.module.css';

type Ranked = { id: number; title: string; slug: string; detail: string };

export function RankedList({
  title,
  id,
  items,
  empty,
}: {
  title: string;
  id: string;
  items: Ranked[];
  empty: string;
}) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p className={styles.muted}>{empty}</p>
      ) : (
        <ol className={styles.ranked}>
          {items.map((item) => (
            <li key={item.id}>
              <Link href={`/articles/${item.slug}`}>{item.title}</Link> <span>{item.detail}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const columns: Column[] = [
  { label: 'Article' },
  { label: 'Views today', numeric: true },
  { label: 'This week', numeric: true },
  { label: 'All time', numeric: true },
  { label: 'Rating', numeric: true },
  { label: 'Votes', numeric: true },
];

export function StatsTable({ rows, caption }: { rows: ArticleStats[]; caption: string }) {
  if (rows.length === 0) return <p className={styles.muted}>No articles yet.</p>;
  return (
    <DataTable caption={caption} columns={columns}>
      {rows.map((row) => (
        <tr key={row.id}>
          <th scope="row">
            <Link href={`/newsroom/stats/${row.id}`}>{row.title || 'Untitled'}</Link>
          </th>
          <NumberCell>{formatCount(row.viewsToday)}</NumberCell>
          <NumberCell>{formatCount(row.viewsWeek)}</NumberCell>
          <NumberCell>{formatCount(row.views)}</NumberCell>
          <NumberCell>{formatAverage(row.ratingAverage)}</NumberCell>
          <NumberCell>{formatCount(row.ratingCount)}</NumberCell>
        </tr>
      ))}
    </DataTable>
  );
}

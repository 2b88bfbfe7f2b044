// The stats page's ranked lists and per-article table; each title opens the article's chart.
import Link from 'next/link';
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

export type StatsRow = {
  id: number;
  title: string;
  slug: string;
  status: string;
  viewsToday: number;
  viewsWeek: number;
  views: number;
  ratingAverage: number | null;
  ratingCount: number;
};

const n = (value: number) => value.toLocaleString('en-GB');

export function StatsTable({ rows, caption }: { rows: StatsRow[]; caption: string }) {
  if (rows.length === 0) return <p className={styles.muted}>No articles yet.</p>;
  return (
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
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
            <th scope="col" className={styles.number}>
              Votes
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link href={`/newsroom/stats/${row.id}`}>{row.title || 'Untitled'}</Link>
              </th>
              <td className={styles.number}>{n(row.viewsToday)}</td>
              <td className={styles.number}>{n(row.viewsWeek)}</td>
              <td className={styles.number}>{n(row.views)}</td>
              <td className={styles.number}>{formatAverage(row.ratingAverage)}</td>
              <td className={styles.number}>{n(row.ratingCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

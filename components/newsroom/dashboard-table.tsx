// A table of articles for the newsroom dashboard. Plain data in, no database: the page loads it.
import Link from 'next/link';
import { formatPublishDate, isoInstant } from '@/components/dates';
import type { DashboardRow } from '@/db/types';
import { DataTable, NumberCell, formatCount, type Column } from './data-table';
import { DashboardStatus, STATE_LABELS } from './dashboard-status';
import styles from './dashboard.module.css';

type Props = {
  caption: string;
  rows: DashboardRow[];
  timeZone: string;
  /** Shown instead of an empty table. */
  empty: string;
  /** For the scheduled list: the publish time matters more than the last edit. */
  showPublishTime?: boolean;
  /** With several editions: each story's other editions; links for those who may open them all. */
  tellings?: 'links' | 'names';
};

export function DashboardTable({ caption, rows, timeZone, empty, showPublishTime, tellings }: Props) {
  if (rows.length === 0) return <p className={styles.empty}>{empty}</p>;
  const columns: Column[] = [
    { label: 'Title' },
    { label: 'Status' },
    ...(tellings ? [{ label: 'Translations' }] : []),
    { label: 'Section' },
    { label: 'Author' },
    { label: showPublishTime ? 'Publishes' : 'Updated' },
    { label: 'Views today', numeric: true },
    { label: 'This week', numeric: true },
    { label: 'All time', numeric: true },
    { label: 'Rating', numeric: true },
  ];
  return (
    <DataTable caption={caption} columns={columns}>
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
            {tellings && (
              <td>
                <Tellings row={row} links={tellings === 'links'} />
              </td>
            )}
            <td>{row.sectionName ?? '—'}</td>
            <td>{row.authorName}</td>
            <td>
              <time dateTime={isoInstant(when)}>{formatPublishDate(when, timeZone)}</time>
            </td>
            <NumberCell>{formatCount(row.viewsToday)}</NumberCell>
            <NumberCell>{formatCount(row.viewsWeek)}</NumberCell>
            <NumberCell>{formatCount(row.views)}</NumberCell>
            <NumberCell>
              {row.ratingCount > 0 && row.ratingAverage != null ? (
                <>
                  {row.ratingAverage.toFixed(1)} <span className={styles.muted}>({row.ratingCount})</span>
                </>
              ) : (
                <span className={styles.muted}>—</span>
              )}
            </NumberCell>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** "Bahasa Indonesia · العربية", each in its own language; a dash for a story told once. */
function Tellings({ row, links }: { row: DashboardRow; links: boolean }) {
  if (row.tellings.length === 0) return <span className={styles.muted}>—</span>;
  return (
    <ul className={styles.tellings}>
      {row.tellings.map((t) => (
        <li key={t.id} lang={t.editionTag}>
          {links ? <Link href={`/newsroom/articles/${t.id}`}>{t.editionName}</Link> : t.editionName}
          {t.state !== 'published' && (
            <span className={styles.muted} lang="en">
              {' '}
              ({STATE_LABELS[t.state].toLowerCase()})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

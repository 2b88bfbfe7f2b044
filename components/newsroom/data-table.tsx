// The frame every newsroom listing shares: a focusable scrolling region named after the table, the
// caption, and a header row whose figure columns are right-aligned. The rows are the caller's.
import type { ReactNode } from 'react';
import styles from './data-table.module.css';

export type Column = { label: ReactNode; numeric?: boolean };

type Props = {
  caption: string;
  /** The region's name, when it should be shorter than the caption. */
  label?: string;
  columns: Column[];
  children: ReactNode;
};

export function DataTable({ caption, label = caption, columns, children }: Props) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.numeric ? styles.number : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function NumberCell({ children }: { children: ReactNode }) {
  return <td className={styles.number}>{children}</td>;
}

/** Counts of views and votes, grouped the British way: 12,345. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-GB');
}

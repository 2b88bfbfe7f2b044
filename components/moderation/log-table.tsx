// The moderation log: who, when, what, how many, why, and an Undo button while an action can be undone.
import { formatPublishDate, isoInstant } from '@/components/dates';
import { ActionForm } from './action-form';
import type { FormAction } from './types';
import styles from './tables.module.css';

export type LogRow = {
  id: number;
  createdAt: number;
  actorName: string | null;
  actionLabel: string;
  summary: string;
  affected: number;
  reason: string;
  undoneAt: number | null;
  undoneByName: string | null;
  undoable: boolean;
};

export function LogTable({ rows, timeZone, undo }: { rows: LogRow[]; timeZone: string; undo: FormAction }) {
  if (rows.length === 0) return <p className={styles.muted}>No moderation actions yet.</p>;
  return (
    <div className={styles.scroll} role="region" aria-label="Moderation log" tabIndex={0}>
      <table className={styles.table}>
        <caption>Moderation actions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">What</th>
            <th scope="col" className={styles.number}>
              How many
            </th>
            <th scope="col">Reason</th>
            <th scope="col">Undo</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-removed={row.undoneAt !== null}>
              <td className={styles.number}>{row.id}</td>
              <td>
                <time dateTime={isoInstant(row.createdAt)}>{formatPublishDate(row.createdAt, timeZone)}</time>
              </td>
              <td>{row.actorName ?? 'Unknown'}</td>
              <td>{row.actionLabel}</td>
              <td>{row.summary}</td>
              <td className={styles.number}>{row.affected}</td>
              <td>{row.reason}</td>
              <td>
                {row.undoneAt !== null ? (
                  <span className={styles.muted}>
                    Undone by {row.undoneByName ?? 'someone'} on{' '}
                    <time dateTime={isoInstant(row.undoneAt)}>
                      {formatPublishDate(row.undoneAt, timeZone)}
                    </time>
                  </span>
                ) : row.undoable ? (
                  <ActionForm
                    action={undo}
                    id={`undo-${row.id}`}
                    hidden={{ auditId: row.id }}
                    submitLabel="Undo"
                    submitName={`Undo action #${row.id}`}
                    reason={false}
                    variant="plain"
                  />
                ) : (
                  <span className={styles.muted}>—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

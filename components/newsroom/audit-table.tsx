// The audit log as a dense table. A server component: `actions` lets a page add controls to a row
// (the moderation console's undo) without this table knowing about them.
import type { ReactNode } from 'react';
import { formatPublishDate, isoInstant } from '@/components/dates';
import table from './staff.module.css';

export type AuditRow = {
  id: number;
  createdAt: number;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  detail: Record<string, unknown>;
  reason: string;
  affected: number;
  undoneAt: number | null;
  undoneByName: string | null;
};

const LABELS: Record<string, string> = {
  'login.success': 'Signed in',
  'login.failure': 'Sign-in failed',
  'login.throttled': 'Sign-in refused: too many failures',
  logout: 'Signed out',
  'user.create': 'Account created',
  'user.role': 'Role changed',
  'user.disable': 'Account disabled',
  'user.enable': 'Account enabled',
  'user.password': 'Password set',
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}

function describeDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${clip(typeof value === 'string' ? value : JSON.stringify(value))}`)
    .join(' · ');
}

// A moderation entry can list hundreds of vote ids; the table shows the start of such a list.
function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

type Props = { entries: AuditRow[]; timeZone: string; actions?: Record<number, ReactNode> };

export function AuditTable({ entries, timeZone, actions }: Props) {
  if (entries.length === 0) return <p>No entries match these filters.</p>;
  // Focusable so a keyboard can scroll a table wider than the screen.
  return (
    <div className={table.scroll} tabIndex={0} role="region" aria-label="Audit log entries">
      <table className={table.table}>
        <caption className="visually-hidden">Audit log entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Details</th>
            <th scope="col">Reason</th>
            <th scope="col">Affected</th>
            {actions && <th scope="col">Undo</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={isoInstant(entry.createdAt)}>
                  {formatPublishDate(entry.createdAt, timeZone)}
                </time>
              </td>
              <td>{entry.actorName ?? <span className={table.sub}>operator / anonymous</span>}</td>
              <th scope="row">
                {auditActionLabel(entry.action)}
                {entry.undoneAt !== null && (
                  <span className={table.sub}>
                    Undone {formatPublishDate(entry.undoneAt, timeZone)}
                    {entry.undoneByName ? ` by ${entry.undoneByName}` : ''}
                  </span>
                )}
              </th>
              <td>{entry.targetType ? `${entry.targetType} ${entry.targetId}` : ''}</td>
              <td>{describeDetail(entry.detail)}</td>
              <td>{entry.reason}</td>
              <td>{entry.affected || ''}</td>
              {actions && <td>{actions[entry.id]}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

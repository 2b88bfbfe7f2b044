// The audit log as a dense table. A server component: `actions` lets a page add controls to a row
// (the moderation console's undo) without this table knowing about them.
import type { ReactNode } from 'react';
import type { AuditEntry } from '@/db/types';
import { isoInstant } from '@/components/dates';
import table from './staff.module.css';

/** A page may pass entries without the actor's id (the moderation log builds its own rows). */
export type AuditRow = Omit<AuditEntry, 'actorId'>;

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
  'user.desk': 'Desk changed',
};

const compact = new Map<string, Intl.DateTimeFormat>();

/** "28 Nov 2026, 07:58:02": dense enough for a log table. */
function formatCompact(ms: number, timeZone: string): string {
  let f = compact.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    compact.set(timeZone, f);
  }
  return f.format(ms);
}

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}

function describeDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      // Hashes are pseudonyms, only ever compared: a short prefix is enough to tell them apart.
      return `${key}: ${key.endsWith('Hash') ? text.slice(0, 12) : clip(text)}`;
    })
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
                <time dateTime={isoInstant(entry.createdAt)} className={table.nowrap}>
                  {formatCompact(entry.createdAt, timeZone)}
                </time>
              </td>
              <td>
                {entry.actorName ?? (
                  // No actor: a sign-in for an unknown email, or the operator's command line.
                  <span className={table.muted}>
                    {entry.action.startsWith('login.') ? 'unknown' : 'operator'}
                  </span>
                )}
              </td>
              <th scope="row">
                {auditActionLabel(entry.action)}
                {entry.undoneAt !== null && (
                  <span className={table.sub}>
                    Undone {formatCompact(entry.undoneAt, timeZone)}
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

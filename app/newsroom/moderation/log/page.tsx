// The moderation log (admins only): every action with who, when, what, how many and why; undo here.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireActor } from '@/auth';
import { newsroomTimeZone } from '@/lib/config';
import { listAudit } from '@/db/people/audit';
import { MODERATION_ACTIONS } from '@/db/moderation/rules';
import { UNDOABLE_ACTIONS } from '@/db/moderation/undo';
import { LogTable, type LogRow } from '@/components/moderation/log-table';
import styles from '@/components/moderation/moderation.module.css';
import { undoModerationAction } from '../actions';

export const metadata: Metadata = { title: 'Moderation log', robots: { index: false } };

const LABELS: Record<string, string> = {
  [MODERATION_ACTIONS.removeVote]: 'Remove vote',
  [MODERATION_ACTIONS.removeReaderVotes]: 'Remove reader’s votes',
  [MODERATION_ACTIONS.removeAddressVotes]: 'Remove address’s votes',
  [MODERATION_ACTIONS.resetRating]: 'Reset rating',
  [MODERATION_ACTIONS.lockRating]: 'Close ratings',
  [MODERATION_ACTIONS.unlockRating]: 'Reopen ratings',
  [MODERATION_ACTIONS.resetViews]: 'Reset views',
  [MODERATION_ACTIONS.undo]: 'Undo',
};

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ModerationLogPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor('admin');
  const params = await searchParams;
  const chosen = typeof params.action === 'string' && params.action in LABELS ? params.action : '';
  const page = Math.max(1, Number.parseInt(typeof params.page === 'string' ? params.page : '1', 10) || 1);
  const log = listAudit({ actor, action: chosen || 'moderation.', page });
  const rows: LogRow[] = log.entries.map((e) => ({
    id: e.id,
    createdAt: e.createdAt,
    actorName: e.actorName,
    actionLabel: LABELS[e.action] ?? e.action,
    summary: typeof e.detail.summary === 'string' ? e.detail.summary : '',
    affected: e.affected,
    reason: e.reason,
    undoneAt: e.undoneAt,
    undoneByName: e.undoneByName,
    undoable: UNDOABLE_ACTIONS.includes(e.action) && e.undoneAt === null,
  }));
  const query = (p: number) =>
    `?${new URLSearchParams({ ...(chosen ? { action: chosen } : {}), page: String(p) })}`;
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1>Moderation log</h1>
        <Link href="/newsroom/moderation">Back to moderation</Link>
      </div>
      <form method="get" className={styles.filters} aria-label="Filter the log">
        <div>
          <label htmlFor="log-action">Action</label>
          <select id="log-action" name="action" defaultValue={chosen}>
            <option value="">All moderation actions</option>
            {Object.entries(LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={styles.secondary}>
          Filter
        </button>
      </form>
      <LogTable rows={rows} timeZone={newsroomTimeZone()} undo={undoModerationAction} />
      {log.pageCount > 1 && (
        <nav aria-label="Log pages" className={styles.filters}>
          {log.page > 1 && <Link href={query(log.page - 1)}>Newer</Link>}
          <span>
            Page {log.page} of {log.pageCount}
          </span>
          {log.page < log.pageCount && <Link href={query(log.page + 1)}>Older</Link>}
        </nav>
      )}
    </div>
  );
}

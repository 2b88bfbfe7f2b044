import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireActor } from '@/auth';
import { AuditFilters } from '@/components/newsroom/audit-filters';
import { AuditTable, auditActionLabel } from '@/components/newsroom/audit-table';
import styles from '@/components/newsroom/audit.module.css';
import table from '@/components/newsroom/staff.module.css';
import { Pagination } from '@/components/pagination/pagination';
import { listAudit, listAuditActions } from '@/db/people/audit';
import { newsroomTimeZone } from '@/lib/config';
import { parsePage } from '@/lib/pagination';
import { parseNewsroomLocalTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FAMILIES = [
  { value: 'login.', label: 'All sign-in events' },
  { value: 'user.', label: 'All account changes' },
];

/** Midnight at the start of a YYYY-MM-DD day on the newsroom's clock (plus `days`), or null. */
function startOfDay(value: string, timeZone: string, days = 0): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const day = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return null;
  day.setUTCDate(day.getUTCDate() + days);
  return parseNewsroomLocalTime(`${day.toISOString().slice(0, 10)}T00:00`, timeZone);
}

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor('admin');
  const params = await searchParams;
  const text = (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : '');
  const page = parsePage(params.page);
  if (page === null) notFound();
  const timeZone = newsroomTimeZone();
  const values = { action: text('action'), from: text('from'), to: text('to') };
  const from = values.from ? startOfDay(values.from, timeZone) : undefined;
  const to = values.to ? startOfDay(values.to, timeZone, 1) : undefined;
  const errors = {
    from: from === null ? 'Enter a date such as 2026-04-26.' : undefined,
    to: to === null ? 'Enter a date such as 2026-04-26.' : undefined,
  };
  const result = listAudit({
    actor,
    action: values.action || undefined,
    from: from ?? undefined,
    to: to ?? undefined,
    page,
  });
  const actions = [
    ...FAMILIES,
    ...listAuditActions(actor).map((action) => ({ value: action, label: auditActionLabel(action) })),
  ];
  const query = Object.fromEntries(Object.entries(values).filter(([, v]) => v));
  return (
    <>
      <h1 className={table.heading}>Audit log</h1>
      <AuditFilters actions={actions} values={values} errors={errors} />
      <p className={styles.summary} role="status">
        {result.total === 1 ? '1 entry' : `${result.total} entries`}, newest first. Times in {timeZone}.
      </p>
      <AuditTable entries={result.entries} timeZone={timeZone} />
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/newsroom/audit" query={query} />
    </>
  );
}

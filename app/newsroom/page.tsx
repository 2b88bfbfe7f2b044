// The newsroom dashboard: the signed-in person's articles; editors also get the review queue and
// everything scheduled. Always rendered per request (it reads the session), never cached.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireActor } from '@/auth';
import { ARTICLE_STATES, type ArticleState } from '@/db/articles/access';
import { newsroomTimeZone } from '@/lib/config';
import { listDashboardArticles, listReviewQueue, listScheduled } from '@/db/articles/dashboard';
import { listEditions } from '@/db/editions/editions';
import { parsePage } from '@/lib/pagination';
import { hasRole } from '@/db/people/permissions';
import { DashboardFilters } from '@/components/newsroom/dashboard-filters';
import { DashboardTable } from '@/components/newsroom/dashboard-table';
import { Pagination } from '@/components/pagination/pagination';
import styles from '@/components/newsroom/dashboard.module.css';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export default async function DashboardPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const params = await searchParams;
  const page = parsePage(params.page);
  if (page === null) notFound();
  const status = ARTICLE_STATES.find((s) => s === one(params.status)) ?? '';
  const q = one(params.q).slice(0, 200);
  const editor = hasRole(actor, 'editor');
  const scope = editor && one(params.scope) === 'all' ? 'all' : 'mine';
  const tz = newsroomTimeZone();
  // Several editions: filter by one, and each row names the story's other editions.
  const editions = listEditions();
  const multilingual = editions.length > 1;
  const edition = multilingual ? editions.find((e) => e.tag === one(params.edition)) : undefined;
  const tellings = multilingual ? (editor ? 'links' : 'names') : undefined;

  const [mine, queue, scheduled] = await Promise.all([
    listDashboardArticles(actor, {
      status: (status || undefined) as ArticleState | undefined,
      q,
      page,
      mine: scope === 'mine',
      editionId: edition?.id,
    }),
    editor ? listReviewQueue(actor) : Promise.resolve(null),
    editor ? listScheduled(actor) : Promise.resolve(null),
  ]);
  if (page > mine.pageCount) notFound();
  const filtered = status !== '' || q !== '' || edition !== undefined;

  return (
    <>
      <div className={styles.header}>
        <h1>Your articles</h1>
        <Link href="/newsroom/articles/new" className={styles.button}>
          New article
        </Link>
      </div>

      {queue && (
        <section className={styles.section} aria-labelledby="queue-heading">
          <h2 id="queue-heading" className={styles.heading}>
            Waiting for review
          </h2>
          <DashboardTable
            caption="Articles waiting for review, oldest first"
            rows={queue}
            timeZone={tz}
            empty="Nothing is waiting for review."
            tellings={tellings}
          />
        </section>
      )}
      {scheduled && (
        <section className={styles.section} aria-labelledby="scheduled-heading">
          <h2 id="scheduled-heading" className={styles.heading}>
            Scheduled
          </h2>
          <DashboardTable
            caption="Scheduled articles, soonest first"
            rows={scheduled}
            timeZone={tz}
            empty="Nothing is scheduled."
            tellings={tellings}
            showPublishTime
          />
        </section>
      )}

      <section className={styles.section} aria-labelledby="mine-heading">
        <h2 id="mine-heading" className={styles.heading}>
          {scope === 'all' ? 'All articles' : editor ? 'Written by you' : 'All your articles'}
        </h2>
        <DashboardFilters
          status={status}
          q={q}
          scope={editor ? scope : undefined}
          edition={edition?.tag}
          editions={multilingual ? editions.map(({ tag, name }) => ({ tag, name })) : undefined}
        />
        <p aria-live="polite" className={styles.muted}>
          {mine.total === 1 ? '1 article' : `${mine.total} articles`}
          {filtered ? ' match the filter' : ''}
        </p>
        <DashboardTable
          caption={`${scope === 'all' ? 'All articles' : 'Your articles'}, most recently updated first${mine.pageCount > 1 ? ` (page ${mine.page} of ${mine.pageCount})` : ''}`}
          rows={mine.rows}
          timeZone={tz}
          tellings={tellings}
          empty={
            filtered
              ? 'No articles match the filter.'
              : 'You have not written anything yet. Start with “New article”.'
          }
        />
        <Pagination
          page={mine.page}
          pageCount={mine.pageCount}
          basePath="/newsroom"
          query={{ status, q, scope: scope === 'all' ? 'all' : '', edition: edition?.tag ?? '' }}
          label="Pages of your articles"
          look="table"
        />
      </section>
    </>
  );
}

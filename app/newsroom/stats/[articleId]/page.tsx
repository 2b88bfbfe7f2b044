// One article's readership for any staff member who may see it: views per day over the last 30
// newsroom days, today / this week / all time, and its rating. A journalist opening another's
// article gets 403 (db/readers/stats.ts refuses), an unknown id 404.
import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { requireActor } from '@/auth';
import { newsroomTimeZone } from '@/lib/config';
import { PermissionError } from '@/db/people/permissions';
import { getArticleStats, viewsOverTime } from '@/db/readers/stats';
import { ViewsChart } from '@/components/moderation/views-chart';
import { formatAverage } from '@/components/moderation/types';
import styles from '@/components/moderation/moderation.module.css';

export const metadata: Metadata = { title: 'Views', robots: { index: false } };

const CHART_DAYS = 30;
const n = (value: number) => value.toLocaleString('en-GB');

function loadNumbers(actor: Awaited<ReturnType<typeof requireActor>>, articleId: number) {
  try {
    const chart = viewsOverTime(actor, articleId, CHART_DAYS);
    const stats = getArticleStats(actor, articleId);
    return stats && { chart, stats };
  } catch (error) {
    if (error instanceof PermissionError) forbidden();
    throw error;
  }
}

export default async function ArticleStatsPage({ params }: { params: Promise<{ articleId: string }> }) {
  const actor = await requireActor('journalist');
  const idText = (await params).articleId;
  if (!/^[1-9][0-9]{0,9}$/.test(idText)) notFound();
  const numbers = loadNumbers(actor, Number(idText));
  if (!numbers) notFound();
  const { chart, stats } = numbers;
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1>Views of “{stats.title || 'Untitled'}”</h1>
        <span>
          <Link href="/newsroom/stats">All stats</Link> ·{' '}
          <Link href={`/newsroom/articles/${stats.id}`}>Edit</Link>
          {stats.status === 'published' && (
            <>
              {' '}
              · <Link href={`/articles/${stats.slug}`}>Public page</Link>
            </>
          )}
        </span>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Views today</dt>
          <dd>{n(stats.viewsToday)}</dd>
        </div>
        <div>
          <dt>This week</dt>
          <dd>{n(stats.viewsWeek)}</dd>
        </div>
        <div>
          <dt>All time</dt>
          <dd>{n(stats.views)}</dd>
        </div>
        <div>
          <dt>Rating</dt>
          <dd>
            {formatAverage(stats.ratingAverage)} ({stats.ratingCount}{' '}
            {stats.ratingCount === 1 ? 'vote' : 'votes'})
          </dd>
        </div>
      </dl>
      <section className={styles.section} aria-labelledby="views-heading">
        <h2 id="views-heading">Views per day</h2>
        <ViewsChart
          points={chart}
          title={`Views per day over the last ${CHART_DAYS} days (${newsroomTimeZone()})`}
          dayTable
        />
      </section>
    </div>
  );
}

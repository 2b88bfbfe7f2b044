// Readership for all staff: most read today and this week, best rated (Bayesian), and every
// article's views, a page at a time (?page=). Journalists see their own articles; editors and admins
// see the whole newsroom.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireActor } from '@/auth';
import { newsroomTimeZone } from '@/lib/config';
import { offset, pageCount, parsePage } from '@/lib/pagination';
import { hasRole } from '@/db/people/permissions';
import {
  BAYES_PRIOR_VOTES,
  STATS_PAGE_SIZE,
  bestRated,
  countArticleStats,
  listArticleStats,
  mostRead,
} from '@/db/readers/stats';
import { RankedList, StatsTable } from '@/components/moderation/stats-lists';
import { Pagination } from '@/components/pagination/pagination';
import styles from '@/components/moderation/moderation.module.css';

export const metadata: Metadata = { title: 'Most read', robots: { index: false } };

const views = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'view' : 'views'}`;

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function StatsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor('journalist');
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();
  const pages = pageCount(countArticleStats(actor), STATS_PAGE_SIZE);
  if (page > pages) notFound();
  const everyone = hasRole(actor, 'editor');
  const today = mostRead(actor, { range: 'today' });
  const week = mostRead(actor, { range: 'week' });
  const rated = bestRated(actor);
  const rows = listArticleStats(actor, {
    limit: STATS_PAGE_SIZE,
    offset: offset(page, STATS_PAGE_SIZE),
  });
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1>Most read and best rated</h1>
      </div>
      <p className={styles.lede}>
        {everyone ? 'All articles in the newsroom.' : 'Your articles.'}{' '}
        {`Days are the newsroom’s days (${newsroomTimeZone()}); “this week” is the last seven of them.`} Open
        an article’s title for its views per day. “Best rated” uses a Bayesian average: each article’s votes
        plus {BAYES_PRIOR_VOTES} votes at the site’s mean, so a single 5-star vote does not top the list.
      </p>
      <div className={styles.lists}>
        <RankedList
          id="today-heading"
          title="Most read today"
          empty="No views counted today yet."
          items={today.map((a) => ({ ...a, detail: views(a.views) }))}
        />
        <RankedList
          id="week-heading"
          title="Most read this week"
          empty="No views counted this week."
          items={week.map((a) => ({ ...a, detail: views(a.views) }))}
        />
        <RankedList
          id="rated-heading"
          title="Best rated"
          empty="No rated articles yet."
          items={rated.map((a) => ({
            ...a,
            detail: `${a.average.toFixed(2)} from ${a.count} ${a.count === 1 ? 'vote' : 'votes'} (weighted ${a.score.toFixed(2)})`,
          }))}
        />
      </div>
      <section className={styles.section} aria-labelledby="all-heading">
        <h2 id="all-heading">Views and ratings by article</h2>
        <StatsTable
          rows={rows}
          caption={everyone ? 'Newest articles first' : 'Your articles, newest first'}
        />
        <Pagination
          page={page}
          pageCount={pages}
          basePath="/newsroom/stats"
          label="Pages of the article table"
          look="table"
        />
      </section>
    </div>
  );
}

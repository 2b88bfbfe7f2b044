// One article's votes for an admin: flags with their rules, filters, the actions, views per day.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireActor } from '@/auth';
import { newsroomTimeZone } from '@/lib/config';
import { listVotes, type VoteFilters as Filters } from '@/db/moderation/console';
import { viewsOverTime } from '@/db/readers/stats';
import { parseNewsroomLocalTime } from '@/lib/time';
import { FLAG_KINDS, FLAG_LABELS, FLAG_RULE_TEXT, type FlagKind } from '@/db/moderation/flags';
import { FlagRules } from '@/components/moderation/flag-chips';
import { VoteFilters, type VoteFilterValues } from '@/components/moderation/vote-filters';
import { VotesTable } from '@/components/moderation/votes-table';
import { ViewsChart } from '@/components/moderation/views-chart';
import { formatAverage } from '@/components/moderation/types';
import styles from '@/components/moderation/moderation.module.css';
import { ArticleActions, VoteActions } from '@/components/moderation/article-panels';
import { moderateArticleAction, moderateVoteAction } from '../actions';

export const metadata: Metadata = { title: 'Votes', robots: { index: false } };

type Props = {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.trim() : '');

function parseFilters(values: VoteFilterValues, timeZone: string): Filters {
  const stars = Number(values.stars);
  return {
    from: (values.from && parseNewsroomLocalTime(values.from, timeZone)) || undefined,
    to: (values.to && parseNewsroomLocalTime(values.to, timeZone)) || undefined,
    stars: Number.isInteger(stars) && stars >= 1 && stars <= 5 ? stars : undefined,
    flag: FLAG_KINDS.includes(values.flag as FlagKind) ? (values.flag as FlagKind) : undefined,
    reader: /^[0-9a-f]{1,8}$/i.test(values.reader) ? values.reader : undefined,
    address: /^[0-9a-zA-Z_-]{1,64}$/.test(values.address) ? values.address : undefined,
    status: values.status === 'counted' || values.status === 'removed' ? values.status : 'all',
  };
}

export default async function ArticleVotesPage({ params, searchParams }: Props) {
  const actor = await requireActor('admin');
  const articleId = Number((await params).articleId);
  if (!Number.isInteger(articleId) || articleId <= 0) notFound();
  const search = await searchParams;
  const timeZone = newsroomTimeZone();
  const values: VoteFilterValues = {
    from: one(search.from),
    to: one(search.to),
    stars: one(search.stars),
    flag: one(search.flag),
    reader: one(search.reader),
    address: one(search.address),
    status: one(search.status) || 'all',
  };
  const data = listVotes(actor, articleId, parseFilters(values, timeZone));
  if (!data) notFound();
  const { article, votes, matching, flagCounts } = data;
  const chart = viewsOverTime(actor, articleId, 30);
  const selectedId = Number(one(search.vote)) || null;
  const selected = votes.find((v) => v.id === selectedId) ?? null;
  const base = `/newsroom/moderation/${articleId}`;
  const filterQuery = Object.fromEntries(Object.entries(values).filter(([, v]) => v && v !== 'all'));
  const linkFor = (voteId: number) =>
    `${base}?${new URLSearchParams({ ...filterQuery, vote: String(voteId) })}#moderate-vote`;

  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1>Votes on “{article.title}”</h1>
        <span>
          <Link href="/newsroom/moderation">All articles</Link> ·{' '}
          <Link href={`/articles/${article.slug}`}>Public page</Link> ·{' '}
          <Link href="/newsroom/moderation/log">Moderation log</Link>
        </span>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Average</dt>
          <dd data-testid="moderation-average">{formatAverage(article.average)}</dd>
        </div>
        <div>
          <dt>Counted votes</dt>
          <dd data-testid="moderation-count">{article.count}</dd>
        </div>
        <div>
          <dt>Ratings</dt>
          <dd>{article.locked ? 'Closed' : 'Open'}</dd>
        </div>
        <div>
          <dt>Views</dt>
          <dd>{article.views.toLocaleString('en-GB')}</dd>
        </div>
      </dl>

      <section className={styles.section} aria-labelledby="actions-heading">
        <h2 id="actions-heading">Article actions</h2>
        <ArticleActions articleId={articleId} locked={article.locked} action={moderateArticleAction} />
      </section>

      <section className={styles.section} aria-labelledby="flags-heading">
        <h2 id="flags-heading">Flags on counted votes</h2>
        <FlagRules labels={FLAG_LABELS} rules={FLAG_RULE_TEXT} counts={flagCounts} />
      </section>

      <section className={styles.section} aria-labelledby="votes-heading">
        <h2 id="votes-heading">Votes</h2>
        <VoteFilters values={values} labels={FLAG_LABELS} action={base} />
        <p className={styles.muted} role="status">
          {matching === votes.length
            ? `${matching} ${matching === 1 ? 'vote matches' : 'votes match'}.`
            : `Showing the newest ${votes.length} of ${matching} matching votes: narrow the filters to see the rest.`}
        </p>
        {selectedId && <VoteActions voteId={selectedId} vote={selected} action={moderateVoteAction} />}
        <VotesTable
          votes={votes}
          labels={FLAG_LABELS}
          timeZone={timeZone}
          selectedId={selectedId}
          linkFor={linkFor}
        />
      </section>

      <section className={styles.section} aria-labelledby="views-heading">
        <h2 id="views-heading">Views per day</h2>
        <ViewsChart points={chart} title={`Views per day over the last 30 days (${timeZone})`} />
      </section>
    </div>
  );
}

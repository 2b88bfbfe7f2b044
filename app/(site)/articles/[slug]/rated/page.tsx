// Where a reader without JavaScript lands after voting: the outcome and the live average, on a
// page of its own, so the cached article page stays the same for everyone.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articlePath, votesLabel } from '@/components/article/types';
import { getArticleStateBySlug, isPublicNow } from '@/db/articles/public';
import { describeWait, slowDownMessage } from '@/db/readers/rate-limits';
import { getRatingSummary } from '@/db/readers/votes';
import { readOutcome, type RatedOutcome } from '@/app/api/articles/rated-outcome';
import styles from './rated.module.css';

export const metadata: Metadata = { title: 'Your rating', robots: { index: false } };

// The codes the vote endpoint signs for a refused form post (app/api/articles/[id]/vote/route.ts).
// A Map, not an object literal: "?error=constructor" must not find Object's own properties.
const ERRORS = new Map<string, (when: string) => string>([
  ['invalid_stars', () => 'Choose from 1 to 5 stars. Nothing was saved.'],
  ['locked', () => 'Ratings are closed for this article.'],
  ['removed', () => 'Your rating of this article was removed by a moderator and cannot be cast again.'],
  ['crawler', () => 'Automated clients cannot rate articles.'],
  ['rate_limited', (when) => slowDownMessage('votes', false, when)],
  ['too_fast', (when) => slowDownMessage('votes', true, when)],
]);

/** The wait the endpoint recorded, in words ("in 9 minutes"); "later" for anything else. */
function waitText(seconds: number | undefined): string {
  return seconds && seconds > 0 ? `in ${describeWait(seconds)}` : 'later';
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ outcome?: string | string[] }>;
};

/** The heading and message for an outcome the vote endpoint signed; none for anything else. */
function describe(outcome: RatedOutcome | null): { heading: string; message: string | null } {
  if (!outcome) return { heading: 'Rating', message: null };
  if (outcome.kind === 'refused')
    return {
      heading: 'Your rating was not saved',
      message: ERRORS.get(outcome.code)?.(waitText(outcome.retry)) ?? 'Your rating could not be saved.',
    };
  return {
    heading: 'Your rating was saved',
    message: outcome.changed ? `You changed your rating to ${outcome.stars} stars.` : 'Thanks for rating!',
  };
}

export default async function RatedPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { outcome: raw } = await searchParams;
  const state = getArticleStateBySlug(slug);
  const rating = state ? getRatingSummary(state.id) : null;
  if (!state || !rating || !isPublicNow(state)) notFound();
  // Only what the endpoint recorded and signed: a hand-made query shows just the live rating.
  const { heading, message } = describe(readOutcome(typeof raw === 'string' ? raw : undefined, state.id));
  return (
    <div className={styles.box}>
      <h1>{heading}</h1>
      {message && <p role="status">{message}</p>}
      <p>
        Average rating: {rating.ratingCount > 0 ? rating.ratingAverage.toFixed(1) : '–'} out of 5{' '}
        {votesLabel(rating.ratingCount)}
      </p>
      <p>
        <a href={articlePath(slug)}>Back to the article</a>
      </p>
    </div>
  );
}

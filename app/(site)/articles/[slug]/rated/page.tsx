// Where a reader without JavaScript lands after voting: the outcome and the live average, on a
// page of its own, so the cached article page stays the same for everyone.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { articlePath, votesLabel } from '@/components/article/types';
import { getArticleStateBySlug, isPublicNow } from '@/db/articles/public';
import { describeWait, slowDownMessage } from '@/db/readers/rate-limits';
import { getRatingSummary } from '@/db/readers/votes';
import styles from './rated.module.css';

export const metadata: Metadata = { title: 'Your rating', robots: { index: false } };

// The codes the vote endpoint sends with a refused form post (app/api/articles/[id]/vote/route.ts).
// A Map, not an object literal: "?error=constructor" must not find Object's own properties.
const ERRORS = new Map<string, (when: string) => string>([
  ['invalid_stars', () => 'Choose from 1 to 5 stars. Nothing was saved.'],
  ['locked', () => 'Ratings are closed for this article.'],
  ['removed', () => 'Your rating of this article was removed by a moderator and cannot be cast again.'],
  ['crawler', () => 'Automated clients cannot rate articles.'],
  ['rate_limited', (when) => slowDownMessage('votes', false, when)],
  ['too_fast', (when) => slowDownMessage('votes', true, when)],
]);

/** The wait the endpoint passed along, in words ("in 9 minutes"); "later" for anything but a sane number of seconds. */
function waitText(retry: string | undefined): string {
  const seconds = /^\d{1,6}$/.test(retry ?? '') ? Number(retry) : 0;
  return seconds > 0 ? `in ${describeWait(seconds)}` : 'later';
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ stars?: string; changed?: string; error?: string; retry?: string }>;
};

export default async function RatedPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const state = getArticleStateBySlug(slug);
  const rating = state ? getRatingSummary(state.id) : null;
  if (!state || !rating || !isPublicNow(state)) notFound();
  const stars = Number(query.stars);
  const message = query.error
    ? (ERRORS.get(query.error)?.(waitText(query.retry)) ?? 'Your rating could not be saved.')
    : query.changed && stars >= 1 && stars <= 5
      ? `You changed your rating to ${stars} stars.`
      : 'Thanks for rating!';
  return (
    <div className={styles.box}>
      <h1>{query.error ? 'Your rating was not saved' : 'Your rating was saved'}</h1>
      <p role="status">{message}</p>
      <p>
        Average rating: {rating.ratingCount > 0 ? rating.ratingAverage.toFixed(1) : '–'} out of 5{' '}
        {votesLabel(rating.ratingCount)}
      </p>
      <p>
        <Link href={articlePath(slug)}>Back to the article</Link>
      </p>
    </div>
  );
}

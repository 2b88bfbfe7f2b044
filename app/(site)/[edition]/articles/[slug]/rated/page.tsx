// Where a reader without JavaScript lands after voting: the outcome and the live average, on a
// page of its own, so the cached article page stays the same for everyone.
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { articlePath } from '@/components/article/types';
import { getArticleStateBySlug, isPublicNow } from '@/db/articles/public';
import { getRatingSummary } from '@/db/readers/votes';
import { readOutcome, type RatedOutcome } from '@/app/api/articles/rated-outcome';
import { formatAverage, formatCount } from '@/lib/i18n/locales';
import { editionById, requireEdition } from '@/app/(site)/editions';
import { editionPath } from '@/lib/editions';
import styles from './rated.module.css';

type Translate = Awaited<ReturnType<typeof getTranslations<'Rated'>>>;

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const edition = await requireEdition(params);
  const t = await getTranslations({ locale: edition.tag, namespace: 'Rated' });
  return { title: t('title'), robots: { index: false } };
}

// The codes the vote endpoint signs for a refused form post (app/api/articles/[id]/vote/route.ts),
// with their message keys. A Map, not an object literal: "?error=constructor" must not find
// Object's own properties.
const ERRORS = new Map<string, 'invalidStars' | 'closed' | 'removed' | 'crawler' | 'rateLimited' | 'tooFast'>(
  [
    ['invalid_stars', 'invalidStars'],
    ['locked', 'closed'],
    ['removed', 'removed'],
    ['crawler', 'crawler'],
    ['rate_limited', 'rateLimited'],
    ['too_fast', 'tooFast'],
  ],
);

/** The wait the endpoint recorded, in words ("in 9 minutes"); "later" for anything else. */
function waitText(t: Translate, seconds: number | undefined): string {
  if (!seconds || seconds <= 0) return t('later');
  if (seconds < 60) return t('inSeconds', { count: seconds });
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return t('inMinutes', { count: minutes });
  return t('inHours', { count: Math.ceil(minutes / 60) });
}

type Props = {
  params: Promise<{ slug: string; edition: string }>;
  searchParams: Promise<{ outcome?: string | string[] }>;
};

/** The heading and message for an outcome the vote endpoint signed; none for anything else. */
async function describe(
  outcome: RatedOutcome | null,
  locale: string,
): Promise<{ heading: string; message: string | null }> {
  const t = await getTranslations({ locale, namespace: 'Rated' });
  if (!outcome) return { heading: t('heading'), message: null };
  if (outcome.kind === 'refused') {
    const key = ERRORS.get(outcome.code);
    const live = await getTranslations({ locale, namespace: 'Live' });
    return {
      heading: t('refusedHeading'),
      message: !key
        ? t('couldNotSave')
        : key === 'closed'
          ? live('closed')
          : t(key, { when: waitText(t, outcome.retry) }),
    };
  }
  const live = await getTranslations({ locale, namespace: 'Live' });
  return {
    heading: t('savedHeading'),
    message: outcome.changed ? live('changed', { stars: outcome.stars }) : live('thanks'),
  };
}

export default async function RatedPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const edition = await requireEdition(params);
  const { outcome: raw } = await searchParams;
  const state = getArticleStateBySlug(slug);
  const rating = state ? getRatingSummary(state.id) : null;
  if (!state || !rating || !isPublicNow(state)) notFound();
  // The vote endpoint sends every reader to the unprefixed address; the article's edition has its own.
  if (state.editionId !== edition.id) {
    const home = await editionById(state.editionId);
    if (!home) notFound();
    const query = typeof raw === 'string' ? `?outcome=${encodeURIComponent(raw)}` : '';
    redirect(`${editionPath(home, articlePath(slug))}/rated${query}`);
  }
  const locale = edition.tag;
  const [t, live, article] = await Promise.all([
    getTranslations({ locale, namespace: 'Rated' }),
    getTranslations({ locale, namespace: 'Live' }),
    getTranslations({ locale, namespace: 'Article' }),
  ]);
  // Only what the endpoint recorded and signed: a hand-made query shows just the live rating.
  const outcome = readOutcome(typeof raw === 'string' ? raw : undefined, state.id);
  const { heading, message } = await describe(outcome, locale);
  const average = rating.ratingCount > 0 ? formatAverage(rating.ratingAverage, locale) : t('noAverage');
  return (
    <div className={styles.box}>
      <h1>{heading}</h1>
      {message && <p role="status">{message}</p>}
      <p>
        {t('average', {
          average,
          votes: live('votes', { count: rating.ratingCount, shown: formatCount(rating.ratingCount, locale) }),
        })}
      </p>
      <p>
        <a href={editionPath(edition, articlePath(slug))}>{article('backToArticle')}</a>
      </p>
    </div>
  );
}

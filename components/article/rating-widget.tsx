'use client';
// "Rate this item": a real form with five submit buttons, so a reader without JavaScript can vote
// (the vote endpoint redirects them to a confirmation page). With JavaScript the same form posts
// through fetch and this leaf adds the pending state, the live message and the hover preview.
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { formatAverage, messagesLocaleOf } from '@/lib/i18n/locales';
import { useLiveArticle } from './live-counters';
import styles from './rating-widget.module.css';

const STARS = [1, 2, 3, 4, 5] as const;

type VoteAnswer = {
  ratingAverage?: number;
  ratingCount?: number;
  myVote?: number;
  /** Whether the vote replaced the reader's earlier one. */
  replaced?: boolean;
  message?: string;
  error?: string;
};

function Star({ fill }: { fill: number }) {
  return (
    <span className={styles.star} aria-hidden="true">
      <span className={styles.empty}>★</span>
      <span className={styles.fill} style={{ width: `${Math.round(Math.min(1, Math.max(0, fill)) * 100)}%` }}>
        ★
      </span>
    </span>
  );
}

export function RatingWidget({ articleId }: { articleId: number }) {
  const { state, update, preview } = useLiveArticle();
  const t = useTranslations('Live');
  const locale = useLocale();
  // The endpoint explains a refusal in English; other languages say it in their own words.
  const english = messagesLocaleOf(locale) === 'en';
  const [hover, setHover] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  const action = `/api/articles/${articleId}/vote`;
  const shown = hover ?? state.ratingAverage;
  const closed = state.locked || preview;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (pending || !submitter?.value) return;
    setPending(true);
    setMessage(t('saving'));
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams({ stars: submitter.value }),
        credentials: 'same-origin',
      });
      const answer = (await response.json().catch(() => ({}))) as VoteAnswer;
      if (!response.ok) {
        if (response.status === 409) update({ locked: true });
        setMessage(refusal(response.status, english ? answer.error : undefined));
        return;
      }
      update({
        ratingAverage: answer.ratingAverage,
        ratingCount: answer.ratingCount,
        myVote: answer.myVote ?? null,
      });
      setMessage(answer.replaced ? t('changed', { stars: answer.myVote ?? 0 }) : t('thanks'));
    } catch {
      setMessage(t('notSent'));
    } finally {
      setPending(false);
    }
  }

  function refusal(status: number, explained: string | undefined): string {
    if (explained) return explained;
    if (status === 409) return t('closed');
    if (status === 429) return t('tooFast');
    return t('notSaved');
  }

  return (
    <section className={styles.widget} aria-labelledby={`rate-${articleId}`} data-print="hide" id="rating">
      <h2 className={styles.heading} id={`rate-${articleId}`}>
        {t('rateHeading')}
      </h2>
      <form method="post" action={action} onSubmit={onSubmit} className={styles.form} aria-busy={pending}>
        <span className={styles.stars} onMouseLeave={() => setHover(null)}>
          {STARS.map((n) =>
            closed ? (
              <span key={n} className={`${styles.button} ${styles.static}`}>
                <Star fill={shown - (n - 1)} />
              </span>
            ) : (
              <button
                key={n}
                type="submit"
                name="stars"
                value={n}
                className={styles.button}
                aria-label={t('rateStars', { stars: n })}
                aria-disabled={pending || undefined}
                onMouseEnter={() => setHover(n)}
                onFocus={() => setHover(n)}
                onBlur={() => setHover(null)}
              >
                <Star fill={shown - (n - 1)} />
              </button>
            ),
          )}
        </span>
        <span className={styles.summary}>
          {state.ratingCount > 0 ? (
            <>
              <span className="visually-hidden">{t('averageBefore')}</span>
              <span className={styles.average}>{formatAverage(state.ratingAverage, locale)}</span>
              <span className="visually-hidden">{t('averageAfter')}</span>{' '}
            </>
          ) : null}
          <span>{t('votes', { count: state.ratingCount })}</span>
        </span>
      </form>
      <p className={styles.message} aria-live="polite">
        {state.locked
          ? t('closed')
          : preview
            ? t('previewClosed')
            : message || (state.myVote ? t('yourRating', { stars: state.myVote }) : '')}
      </p>
    </section>
  );
}

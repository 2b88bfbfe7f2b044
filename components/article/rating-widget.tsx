'use client';
// "Rate this item": a real form with five submit buttons, so a reader without JavaScript can vote
// (the vote endpoint redirects them to a confirmation page). With JavaScript the same form posts
// through fetch and this leaf adds the pending state, the live message and the hover preview.
import { useState, type FormEvent } from 'react';
import { useLiveArticle } from './live-counters';
import { votesLabel } from './types';
import styles from './rating-widget.module.css';

const STARS = [1, 2, 3, 4, 5] as const;

type VoteAnswer = {
  ratingAverage?: number;
  ratingCount?: number;
  myVote?: number;
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
    setMessage('Saving your rating…');
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
        setMessage(answer.error ?? 'Your rating could not be saved. Please try again.');
        return;
      }
      update({
        ratingAverage: answer.ratingAverage,
        ratingCount: answer.ratingCount,
        myVote: answer.myVote ?? null,
      });
      setMessage(answer.message ?? 'Thanks for rating!');
    } catch {
      setMessage('Your rating could not be sent. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <section className={styles.widget} aria-labelledby={`rate-${articleId}`} data-print="hide" id="rating">
      <h2 className={styles.heading} id={`rate-${articleId}`}>
        Rate this item
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
                aria-label={`Rate ${n} out of 5 stars`}
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
              <span className="visually-hidden">Average rating </span>
              <span className={styles.average}>{state.ratingAverage.toFixed(1)}</span>
              <span className="visually-hidden"> out of 5</span>{' '}
            </>
          ) : null}
          <span>{votesLabel(state.ratingCount)}</span>
        </span>
      </form>
      <p className={styles.message} aria-live="polite">
        {state.locked
          ? 'Ratings are closed for this article.'
          : preview
            ? 'Voting opens when the article is published.'
            : message ||
              (state.myVote ? `Your rating: ${state.myVote} ${state.myVote === 1 ? 'star' : 'stars'}.` : '')}
      </p>
    </section>
  );
}

// "Rate this item": a real form with five submit buttons, so a reader without JavaScript can vote
// (the vote endpoint redirects them to a confirmation page). public/islands/article.js posts the same
// form through fetch and adds the pending state, the live message and the hover preview; the hooks it
// uses are the data-* attributes here.
import { getTranslations } from 'next-intl/server';
import { formatAverage, formatCount } from '@/lib/i18n/locales';
import { STARS, type LiveState } from './types';
import styles from './rating-widget.module.css';

function Star({ fill }: { fill: number }) {
  return (
    <span className={styles.star} aria-hidden="true">
      <span className={styles.empty}>★</span>
      <span
        className={styles.fill}
        data-star-fill=""
        style={{ width: `${Math.round(Math.min(1, Math.max(0, fill)) * 100)}%` }}
      >
        ★
      </span>
    </span>
  );
}

type RatingWidgetProps = {
  articleId: number;
  state: LiveState;
  locale: string;
  /** Staff preview: the stars as stored, no buttons. */
  preview: boolean;
};

export async function RatingWidget({ articleId, state, locale, preview }: RatingWidgetProps) {
  const t = await getTranslations({ locale, namespace: 'Live' });
  const closed = state.locked || preview;
  const count = state.ratingCount;
  return (
    <section
      className={styles.widget}
      aria-labelledby={`rate-${articleId}`}
      data-print="hide"
      data-rating=""
      id="rating"
    >
      <h2 className={styles.heading} id={`rate-${articleId}`}>
        {t('rateHeading')}
      </h2>
      <form
        method="post"
        action={`/api/articles/${articleId}/vote`}
        className={styles.form}
        aria-busy="false"
      >
        <span className={styles.stars} data-stars="">
          {STARS.map((n) =>
            closed ? (
              <span key={n} className={`${styles.button} ${styles.static}`}>
                <Star fill={state.ratingAverage - (n - 1)} />
              </span>
            ) : (
              <button
                key={n}
                type="submit"
                name="stars"
                value={n}
                className={styles.button}
                aria-label={t('rateStars', { stars: n })}
              >
                <Star fill={state.ratingAverage - (n - 1)} />
              </button>
            ),
          )}
        </span>
        <span className={styles.summary} data-rating-summary="">
          {count > 0 ? (
            <>
              <span className="visually-hidden">{t('averageBefore')}</span>
              <span className={styles.average}>{formatAverage(state.ratingAverage, locale)}</span>
              <span className="visually-hidden">{t('averageAfter')}</span>{' '}
            </>
          ) : null}
          <span>{t('votes', { count, shown: formatCount(count, locale) })}</span>
        </span>
      </form>
      <p className={styles.message} aria-live="polite" data-rating-message="">
        {state.locked ? t('closed') : preview ? t('previewClosed') : ''}
      </p>
    </section>
  );
}

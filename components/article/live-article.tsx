// The live part of a cached article page (DESIGN.md §1). The server renders the numbers as they were
// when the page was cached; public/islands/article.js records the view with one POST and replaces
// them with the live ones, and votes without leaving the page. This file gives that module what it
// cannot work out in the browser: the page's words, with a template per plural category.
import { getTranslations } from 'next-intl/server';
import { CLOSE_MARK, OPEN_MARK, pluralTemplates } from '@/lib/islands';
import { formatCount, intlLocaleOf, messagesLocaleOf } from '@/lib/i18n/locales';
import { STARS, type LiveState } from './types';
import styles from './rating-widget.module.css';

const TEXT_KEYS = [
  'saving',
  'thanks',
  'closed',
  'notSaved',
  'notSent',
  'tooFast',
  'averageBefore',
  'averageAfter',
] as const;

/** The `data-live-article` attribute read by public/islands/article.js (its LiveConfig type). */
export async function liveArticleData(articleId: number, initial: LiveState, locale: string) {
  const t = await getTranslations({ locale, namespace: 'Live' });
  // next-intl formats with the shipped messages' locale (lib/i18n/request.ts), so its plural rules.
  const plural = messagesLocaleOf(locale);
  return JSON.stringify({
    id: articleId,
    state: initial,
    locales: { plural, numbers: intlLocaleOf(locale) },
    // The vote endpoint explains a refusal in English; other languages say it in their own words.
    english: plural === 'en',
    text: Object.fromEntries(TEXT_KEYS.map((key) => [key, t(key)])),
    votes: pluralTemplates(plural, (count, shown) => t('votes', { count, shown })),
    readTimes: pluralTemplates(plural, (count, shown) =>
      t.markup('readTimes', { count, shown, views: (chunks) => `${OPEN_MARK}${chunks}${CLOSE_MARK}` }),
    ),
    changed: STARS.map((stars) => t('changed', { stars })),
    yourRating: STARS.map((stars) => t('yourRating', { stars })),
    classes: { average: styles.average, button: styles.button, static: styles.static },
  });
}

/** "Read N times" as cached; the island rewrites it once the view is recorded. */
export async function ReadCount({
  views,
  locale,
  className,
}: {
  views: number;
  locale: string;
  className?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Live' });
  return (
    <p className={className} data-read-count="">
      {t.rich('readTimes', {
        count: views,
        shown: formatCount(views, locale),
        views: (chunks) => <span data-testid="view-count">{chunks}</span>,
      })}
    </p>
  );
}

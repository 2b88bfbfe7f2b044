import { pagePath } from '@/lib/page-edition';
import { getTranslations } from 'next-intl/server';
import { formatShortDate } from '@/components/dates';
import type { LatestLink } from '@/db/types';
import { articlePath } from './types';
import styles from './related-stories.module.css';

/** Related stories below the article; nothing at all when there are none. */
export async function RelatedStories({
  related,
  timeZone,
  locale,
}: {
  related: LatestLink[];
  timeZone: string;
  locale: string;
}) {
  if (related.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <section aria-labelledby="related-stories" className={styles.related} data-print="hide">
      <h2 id="related-stories" className="rule-heading">
        {t('relatedStories')}
      </h2>
      <ul className={styles.list}>
        {related.map((r) => (
          <li key={r.id}>
            <a href={pagePath(articlePath(r.slug))}>{r.title}</a>{' '}
            <span className={styles.date}>{formatShortDate(r.publishedAt, timeZone, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { formatShortDate } from '@/components/dates';
import type { LatestLink } from '@/db/types';
import { articlePath } from './types';
import styles from './related-stories.module.css';

/** Related stories below the article; nothing at all when there are none. */
export function RelatedStories({ related, timeZone }: { related: LatestLink[]; timeZone: string }) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-stories" className={styles.related} data-print="hide">
      <h2 id="related-stories" className="rule-heading">
        Related stories
      </h2>
      <ul className={styles.list}>
        {related.map((r) => (
          <li key={r.id}>
            <a href={articlePath(r.slug)}>{r.title}</a>{' '}
            <span className={styles.date}>{formatShortDate(r.publishedAt, timeZone)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { pagePath } from '@/lib/page-edition';
import { formatShortDate, isoInstant } from '@/components/dates';
import type { SearchHit } from '@/db/types';
import styles from './search-results.module.css';

/** Search hits: headline, the passage that matched (words marked) and the byline. The snippet is
 *  HTML the data layer escaped before adding <mark> (lib/search-query.ts snippetHtml). */
export function SearchResults({ hits, locale }: { hits: SearchHit[]; locale: string }) {
  return (
    <ol className={styles.list}>
      {hits.map((hit) => (
        <li key={hit.id} className={styles.hit}>
          {hit.section ? (
            <p className={styles.kicker}>
              <a href={pagePath(`/sections/${hit.section.slug}`)}>{hit.section.name}</a>
            </p>
          ) : null}
          <h3 className={styles.title}>
            <a href={pagePath(`/articles/${hit.slug}`)}>{hit.title}</a>
          </h3>
          {hit.snippet ? (
            <p className={styles.snippet} dangerouslySetInnerHTML={{ __html: hit.snippet }} />
          ) : null}
          <p className={styles.meta}>
            {/* Isolated from the date beside it, as on the article cards. */}
            <a href={pagePath(`/authors/${hit.author.slug}`)}>
              <bdi>{hit.author.name}</bdi>
            </a>
            <span aria-hidden="true"> · </span>
            <time dateTime={isoInstant(hit.publishedAt)}>
              {formatShortDate(hit.publishedAt, undefined, locale)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}

// The article as readers see it, from plain data: the public page renders it from the cache, the
// print view without site chrome, and the newsroom's preview for an article not yet published.
import { AuthorBlock } from '@/components/author/author-block';
import { formatPublishDate, formatShortDate, isoInstant } from '@/components/dates';
import type { LatestLink, PublicArticle } from '@/db/types';
import { LiveCounters, ReadCount } from './live-counters';
import { PrintButton } from './print-button';
import { PrintedUrl } from './printed-url';
import { RatingWidget } from './rating-widget';
import { articlePath } from './types';
import styles from './article-view.module.css';

type ArticleViewProps = {
  article: PublicArticle;
  latest: LatestLink[];
  /** Absolute URL of the site (no trailing slash), printed under the body. */
  siteOrigin: string;
  timeZone?: string;
  /** Staff preview: counters shown as stored, no view recorded, no voting. */
  preview?: boolean;
  /** The print-friendly view: no tools, rating, author block or "Latest from". */
  variant?: 'page' | 'print';
};

export function ArticleView({
  article,
  latest,
  siteOrigin,
  timeZone,
  preview = false,
  variant = 'page',
}: ArticleViewProps) {
  const path = articlePath(article.slug);
  const page = variant === 'page';
  const initial = {
    views: article.views,
    ratingAverage: article.ratingAverage,
    ratingCount: article.ratingCount,
    myVote: null,
    locked: article.ratingLocked,
  };
  return (
    <LiveCounters articleId={article.id} initial={initial} preview={preview || !page}>
      <article className={styles.article}>
        {page ? (
          <div className={styles.tools} data-print="hide">
            <PrintButton />
            <a href={`${path}/print`} className={styles.tool}>
              Print-friendly view
            </a>
          </div>
        ) : null}
        <time className={styles.date} dateTime={isoInstant(article.publishedAt)}>
          {formatPublishDate(article.publishedAt, timeZone)}
        </time>
        <h1 className={styles.title}>{article.title}</h1>
        <p className={styles.byline}>
          Written by <a href={`/authors/${article.author.slug}`}>{article.author.name}</a>
        </p>
        {page ? <RatingWidget articleId={article.id} /> : null}
        <div className={`prose ${styles.body}`} dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {article.leadImage ? (
          <figure className={styles.figure}>
            {/* Uploads are already resized into several widths; srcSet picks one without an optimizer. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={article.leadImage.url}
              srcSet={article.leadImage.srcSet}
              sizes="(min-width: 48rem) 46rem, 100vw"
              width={article.leadImage.width}
              height={article.leadImage.height}
              alt={article.leadImage.caption}
              loading="lazy"
              decoding="async"
            />
            {article.leadImage.caption || article.leadImage.credit ? (
              <figcaption>
                {article.leadImage.caption}
                {article.leadImage.credit ? (
                  <span className={styles.credit}> {article.leadImage.credit}</span>
                ) : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <p className={page ? styles.printUrl : styles.sourceUrl}>
          <PrintedUrl path={path} fallback={`${siteOrigin}${path}`} />
        </p>
        {article.section || article.tags.length > 0 ? (
          <ul className={styles.filed} aria-label="Filed under">
            {article.section ? (
              <li>
                <a href={`/sections/${article.section.slug}`}>{article.section.name}</a>
              </li>
            ) : null}
            {article.tags.map((t) => (
              <li key={t.id}>
                <a href={`/tags/${t.slug}`} className={styles.tag}>
                  {t.name}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {page ? <ReadCount className={styles.reads} /> : null}
      </article>
      {page ? (
        <div className={styles.after} data-print="hide">
          <AuthorBlock author={article.author} />
          <section aria-labelledby="latest-from" className={styles.latest}>
            <h2 id="latest-from">Latest from {article.author.name}</h2>
            {latest.length > 0 ? (
              <ul>
                {latest.map((l) => (
                  <li key={l.id}>
                    <a href={articlePath(l.slug)}>{l.title}</a>{' '}
                    <span className={styles.latestDate}>{formatShortDate(l.publishedAt, timeZone)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>This is {article.author.name}&rsquo;s only article so far.</p>
            )}
          </section>
        </div>
      ) : null}
    </LiveCounters>
  );
}

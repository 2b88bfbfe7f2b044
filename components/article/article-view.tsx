// The article as readers see it, from plain data: the public page renders it from the cache, the
// print view without site chrome, and the newsroom's preview for an article not yet published.
import { getTranslations } from 'next-intl/server';
import { AuthorBlock } from '@/components/author/author-block';
import { formatPublishDate, formatShortDate, isoInstant } from '@/components/dates';
import type { LatestLink, PublicArticle } from '@/db/types';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { bdi } from '@/components/i18n/bdi';
import { IslandScript } from './island-script';
import { liveArticleData, ReadCount } from './live-article';
import { PrintButton } from './print-button';
import { RatingWidget } from './rating-widget';
import { articlePath } from './types';
import { pagePath } from '@/lib/page-edition';
import styles from './article-view.module.css';

type ArticleViewProps = {
  article: PublicArticle;
  latest: LatestLink[];
  /** Absolute URL of the site (no trailing slash), printed under the body. */
  siteOrigin: string;
  timeZone?: string;
  /** The page's BCP 47 tag: its interface strings and dates are in that language. */
  locale?: string;
  /** Staff preview: counters shown as stored, no view recorded, no voting. */
  preview?: boolean;
  /** The per-request nonce of a page under the nonce policy (the preview); cached pages have none. */
  nonce?: string;
  /** The print-friendly view: no tools, rating, author block or "Latest from". */
  variant?: 'page' | 'print';
};

export async function ArticleView({
  article,
  latest,
  siteOrigin,
  timeZone,
  locale = DEFAULT_LOCALE,
  preview = false,
  nonce,
  variant = 'page',
}: ArticleViewProps) {
  const t = await getTranslations({ locale, namespace: 'Article' });
  const path = pagePath(articlePath(article.slug));
  const page = variant === 'page';
  const initial = {
    views: article.views,
    ratingAverage: article.ratingAverage,
    ratingCount: article.ratingCount,
    myVote: null,
    locked: article.ratingLocked,
  };
  // Only a reader's page counts the view and takes votes; the print view and the preview show the
  // numbers as stored.
  const live = page && !preview ? await liveArticleData(article.id, initial, locale) : undefined;
  return (
    <>
      <IslandScript name="article.js" nonce={nonce} />
      <article className={styles.article} data-live-article={live}>
        {page ? (
          <div className={styles.tools} data-print="hide">
            <PrintButton label={t('printPage')} />
            <a href={`${path}/print`} className={styles.tool}>
              {t('printFriendly')}
            </a>
          </div>
        ) : null}
        <time className={styles.date} dateTime={isoInstant(article.publishedAt)}>
          {formatPublishDate(article.publishedAt, timeZone, locale)}
        </time>
        <h1 className={styles.title}>{article.title}</h1>
        <p className={styles.byline}>
          {t.rich('writtenBy', {
            name: article.author.name,
            author: (chunks) => (
              <a href={pagePath(`/authors/${article.author.slug}`)}>
                <bdi>{chunks}</bdi>
              </a>
            ),
          })}
        </p>
        {page ? (
          <RatingWidget articleId={article.id} state={initial} locale={locale} preview={preview} />
        ) : null}
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
          {/* An address reads left to right on a right-to-left page too. */}
          {/* Cached HTML cannot know the host it is served under: the island writes the one used. */}
          <bdi data-printed-path={path} suppressHydrationWarning>
            {`${siteOrigin}${path}`}
          </bdi>
        </p>
        {article.section || article.tags.length > 0 ? (
          <ul className={styles.filed} aria-label={t('filedUnder')}>
            {article.section ? (
              <li>
                <a href={pagePath(`/sections/${article.section.slug}`)}>{article.section.name}</a>
              </li>
            ) : null}
            {article.tags.map((t) => (
              <li key={t.id}>
                <a href={pagePath(`/tags/${t.slug}`)} className={styles.tag}>
                  {t.name}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {page ? <ReadCount views={article.views} locale={locale} className={styles.reads} /> : null}
      </article>
      {page ? (
        <div className={styles.after} data-print="hide">
          <AuthorBlock author={article.author} locale={locale} />
          <section aria-labelledby="latest-from" className={styles.latest}>
            <h2 id="latest-from">{t.rich('latestFrom', { name: article.author.name, bdi })}</h2>
            {latest.length > 0 ? (
              <ul>
                {latest.map((l) => (
                  <li key={l.id}>
                    <a href={pagePath(articlePath(l.slug))}>{l.title}</a>{' '}
                    <span className={styles.latestDate}>
                      {formatShortDate(l.publishedAt, timeZone, locale)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t.rich('onlyArticle', { name: article.author.name, bdi })}</p>
            )}
          </section>
        </div>
      ) : null}
    </>
  );
}

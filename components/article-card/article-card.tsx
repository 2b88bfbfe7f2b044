import { pagePath } from '@/lib/page-edition';
import { formatShortDate, isoInstant } from '@/components/dates';
import type { ArticleCard as CardArticle } from '@/db/types';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import type { CardVariant } from './types';
import styles from './article-card.module.css';

// How wide each variant's image is drawn, so the browser fetches the smallest rendition that fills it.
const SIZES: Record<CardVariant, string> = {
  lead: '(max-width: 56rem) 100vw, 48rem',
  standard: '(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 24rem',
  row: '(max-width: 30rem) 7rem, 16rem',
  feature: '(max-width: 40rem) 100vw, (max-width: 64rem) 100vw, 36rem',
  text: '1px',
  compact: '1px',
};

type ArticleCardProps = {
  article: CardArticle;
  variant?: CardVariant;
  /** The level that fits the page outline: h2 in a page's main list, h3 inside a titled block. */
  headingLevel?: 2 | 3;
  /** Leave the section label off where the whole list is one section. */
  showSection?: boolean;
  /** The one image above the fold loads eagerly; the rest wait until they are near. */
  priority?: boolean;
  /** The page's language, for the date. */
  locale?: string;
};

// Plain links, no next/link: a card is server HTML that hydrates nothing (README "Speed"). A list
// of cards with client links cost the front page a prefetch request, and a server render, per link
// in view, and the reader's main thread the work of both.
export function ArticleCard({
  article,
  variant = 'standard',
  headingLevel = 3,
  showSection = true,
  priority = false,
  locale = DEFAULT_LOCALE,
}: ArticleCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const href = pagePath(`/articles/${article.slug}`);
  const image = variant === 'compact' || variant === 'text' ? null : article.leadImage;
  return (
    <article className={`${styles.card} ${styles[variant]}`}>
      {image ? (
        // width/height come from the stored rendition, so the box is reserved before the file loads.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className={styles.image}
          src={image.url}
          srcSet={image.srcSet}
          sizes={image.srcSet ? SIZES[variant] : undefined}
          alt={image.alt}
          width={image.width}
          height={image.height}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : undefined}
          decoding="async"
        />
      ) : null}
      <div className={styles.text}>
        {showSection && article.section ? (
          <p className={styles.kicker}>
            <a href={pagePath(`/sections/${article.section.slug}`)}>{article.section.name}</a>
          </p>
        ) : null}
        <Heading className={styles.title}>
          <a href={href}>{article.title}</a>
        </Heading>
        {variant !== 'compact' && article.summary ? (
          <p className={styles.summary}>{article.summary}</p>
        ) : null}
        <p className={styles.meta}>
          {/* Isolated: a Latin name beside an Arabic date would otherwise take the date's first digit. */}
          <a href={pagePath(`/authors/${article.author.slug}`)}>
            <bdi>{article.author.name}</bdi>
          </a>
          <span aria-hidden="true"> · </span>
          <time dateTime={isoInstant(article.publishedAt)}>
            {formatShortDate(article.publishedAt, undefined, locale)}
          </time>
        </p>
      </div>
    </article>
  );
}

import type { ReactNode } from 'react';
import { ArticleCard } from './article-card';
import type { ArticleCard as CardArticle } from '@/db/types';
import type { CardVariant } from './types';
import styles from './article-list.module.css';

type ArticleListProps = {
  articles: CardArticle[];
  variant?: CardVariant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
  /** 'grid' tiles cards in columns; 'stack' lists them one under another with rules between. */
  layout?: 'grid' | 'stack';
  /** Said when the list is empty, in the page's language (a name in it isolated with <bdi>). */
  emptyMessage: ReactNode;
  locale?: string;
};

export function ArticleList({
  articles,
  variant = 'standard',
  headingLevel = 3,
  showSection = true,
  layout = 'grid',
  emptyMessage,
  locale,
}: ArticleListProps) {
  if (articles.length === 0) return <p className={styles.empty}>{emptyMessage}</p>;
  return (
    <ul className={`${styles.list} ${styles[layout]} ${variant === 'compact' ? styles.tight : ''}`}>
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard
            article={a}
            variant={variant}
            headingLevel={headingLevel}
            showSection={showSection}
            locale={locale}
          />
        </li>
      ))}
    </ul>
  );
}

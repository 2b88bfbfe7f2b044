import type { ReactNode } from 'react';
import styles from './page-header.module.css';

type PageHeaderProps = {
  /** Small label above the title, e.g. "Section" or "Tag". */
  kicker?: string;
  title: string;
  description?: ReactNode;
  /** Links or actions that sit on the title's line (e.g. the feed). */
  aside?: ReactNode;
};

/** The one h1 of a list page, with its label and description. */
export function PageHeader({ kicker, title, description, aside }: PageHeaderProps) {
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        {kicker ? <p className={styles.kicker}>{kicker}</p> : null}
        <h1 className={styles.title}>{title}</h1>
        {description ? <div className={styles.description}>{description}</div> : null}
      </div>
      {aside ? <div className={styles.aside}>{aside}</div> : null}
    </header>
  );
}

import type { Section } from '@/db/types';
import { SearchForm } from './search-form';
import styles from './not-found-content.module.css';

/** What a reader needs after a dead link: say so plainly, then offer a way on. */
export function NotFoundContent({ sections }: { sections: Section[] }) {
  return (
    <div className={styles.wrap}>
      <p className={styles.code}>Error 404</p>
      <h1 className={styles.title}>We can’t find that page</h1>
      <p className={styles.lede}>
        The link may be mistyped, or the article may have been moved or withdrawn. Try a search, or carry on
        from one of our sections.
      </p>
      <SearchForm />
      <nav className={styles.sections} aria-label="Sections to browse">
        <h2 className={`rule-heading ${styles.heading}`}>Browse the sections</h2>
        <ul className={styles.list}>
          <li>
            <a href="/">Front page</a>
          </li>
          {sections.map((s) => (
            <li key={s.slug}>
              <a href={`/sections/${s.slug}`}>{s.name}</a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

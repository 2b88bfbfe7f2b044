import type { Section } from '@/db/types';
import styles from './site-nav.module.css';

/** The sections bar. Plain links: the current page is not highlighted, which keeps the HTML cacheable per layout. */
export function SiteNav({ sections }: { sections: Section[] }) {
  return (
    <nav className={styles.nav} aria-label="Sections">
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
  );
}

import Link from 'next/link';
import type { Section } from '@/db/types';
import styles from './site-nav.module.css';

/** The sections bar. Plain links: the current page is not highlighted, which keeps the HTML cacheable per layout. */
export function SiteNav({ sections }: { sections: Section[] }) {
  return (
    <nav className={styles.nav} aria-label="Sections">
      <ul className={styles.list}>
        <li>
          <Link href="/">Front page</Link>
        </li>
        {sections.map((s) => (
          <li key={s.slug}>
            <Link href={`/sections/${s.slug}`}>{s.name}</Link>
          </li>
        ))}
        <li className={styles.search}>
          <Link href="/search">
            <svg aria-hidden="true" viewBox="0 0 20 20" width="14" height="14">
              <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M12.5 12.5 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            Search
          </Link>
        </li>
      </ul>
    </nav>
  );
}

import Link from 'next/link';
import type { Section } from '@/db/types';
import { editionPath, type EditionRef } from '@/lib/editions';
import styles from './site-nav.module.css';

/** The sections bar. Plain links: the current page is not highlighted, which keeps the HTML cacheable per layout. */
export function SiteNav({ sections, edition }: { sections: Section[]; edition: EditionRef }) {
  return (
    <nav className={styles.nav} aria-label="Sections">
      <ul className={styles.list}>
        <li>
          <Link href={editionPath(edition, '/')}>Front page</Link>
        </li>
        {sections.map((s) => (
          <li key={s.slug}>
            <Link href={editionPath(edition, `/sections/${s.slug}`)}>{s.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import Link from 'next/link';
import type { Section } from '@/db/types';
import { editionPath, type EditionRef } from '@/lib/editions';
import { SITE_NAME } from './site-config';
import styles from './site-footer.module.css';

export function SiteFooter({ sections, edition }: { sections: Section[]; edition: EditionRef }) {
  return (
    <footer className={styles.footer} data-site-footer data-print="hide">
      <div className={styles.inner}>
        <div>
          <Link href={editionPath(edition, '/')} className={styles.name}>
            {SITE_NAME}
          </Link>
          <p className={styles.note}>News, analysis and features from {SITE_NAME}’s own reporters.</p>
        </div>
        <nav aria-label="Footer">
          <h2 className={styles.heading}>Sections</h2>
          <ul className={styles.links}>
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={editionPath(edition, `/sections/${s.slug}`)}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Reader services">
          <h2 className={styles.heading}>Read</h2>
          <ul className={styles.links}>
            <li>
              <Link href={editionPath(edition, '/search')}>Search</Link>
            </li>
            <li>
              <a href={editionPath(edition, '/feed.xml')}>RSS feed</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

import type { Section } from '@/db/types';
import { SITE_NAME } from './site-config';
import styles from './site-footer.module.css';

export function SiteFooter({ sections }: { sections: Section[] }) {
  return (
    <footer className={styles.footer} data-site-footer data-print="hide">
      <div className={styles.inner}>
        <div>
          <a href="/" className={styles.name}>
            {SITE_NAME}
          </a>
          <p className={styles.note}>News, analysis and features from {SITE_NAME}’s own reporters.</p>
        </div>
        <nav aria-label="Footer">
          <h2 className={styles.heading}>Sections</h2>
          <ul className={styles.links}>
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={`/sections/${s.slug}`}>{s.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Reader services">
          <h2 className={styles.heading}>Read</h2>
          <ul className={styles.links}>
            <li>
              <a href="/search">Search</a>
            </li>
            <li>
              <a href="/feed.xml">RSS feed</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

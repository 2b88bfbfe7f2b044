import type { Section } from '@/db/types';
import { HeaderSearch } from './header-search';
import { SITE_NAME, SITE_TAGLINE } from './site-config';
import { SiteNav } from './site-nav';
import styles from './site-header.module.css';

export function SiteHeader({ sections }: { sections: Section[] }) {
  return (
    <header className={styles.header} data-site-header data-print="hide">
      <div className={styles.masthead}>
        <a href="/" className={styles.name}>
          {SITE_NAME}
        </a>
        <p className={styles.tagline}>{SITE_TAGLINE}</p>
        <HeaderSearch />
      </div>
      <SiteNav sections={sections} />
    </header>
  );
}

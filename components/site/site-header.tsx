import Link from 'next/link';
import type { Section } from '@/db/types';
import { editionPath, type EditionRef } from '@/lib/editions';
import { EditionSwitcher, type EditionLink } from './edition-switcher';
import { HeaderSearch } from './header-search';
import { SITE_NAME, SITE_TAGLINE } from './site-config';
import { SiteNav } from './site-nav';
import styles from './site-header.module.css';

export function SiteHeader({
  sections,
  edition,
  editions,
}: {
  sections: Section[];
  edition: EditionRef;
  editions: EditionLink[];
}) {
  return (
    <header className={styles.header} data-site-header data-print="hide">
      <div className={styles.masthead}>
        <EditionSwitcher editions={editions} label="Editions" />
        <Link href={editionPath(edition, '/')} className={styles.name}>
          {SITE_NAME}
        </Link>
        <p className={styles.tagline}>{SITE_TAGLINE}</p>
        <HeaderSearch action={editionPath(edition, '/search')} />
      </div>
      <SiteNav sections={sections} edition={edition} />
    </header>
  );
}

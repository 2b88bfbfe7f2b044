import { getTranslations } from 'next-intl/server';
import type { Section } from '@/db/types';
import { editionPath, type EditionRef } from '@/lib/editions';
import { EditionSwitcher, type EditionLink } from './edition-switcher';
import { HeaderSearch } from './header-search';
import { SITE_NAME } from './site-config';
import { SiteNav } from './site-nav';
import styles from './site-header.module.css';

export async function SiteHeader({
  sections,
  edition,
  editions,
  locale,
}: {
  sections: Section[];
  edition: EditionRef;
  editions: EditionLink[];
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <header className={styles.header} data-site-header data-print="hide">
      <div className={styles.masthead}>
        <EditionSwitcher editions={editions} label={t('editions')} />
        <a href={editionPath(edition, '/')} className={styles.name}>
          {SITE_NAME}
        </a>
        <p className={styles.tagline}>{t('tagline')}</p>
        <HeaderSearch action={editionPath(edition, '/search')} locale={locale} />
      </div>
      <SiteNav sections={sections} edition={edition} locale={locale} />
    </header>
  );
}

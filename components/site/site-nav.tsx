import { getTranslations } from 'next-intl/server';
import type { Section } from '@/db/types';
import { editionPath, type EditionRef } from '@/lib/editions';
import styles from './site-nav.module.css';

/** The sections bar. Plain links: the current page is not highlighted, which keeps the HTML cacheable per layout. */
export async function SiteNav({
  sections,
  edition,
  locale,
}: {
  sections: Section[];
  edition: EditionRef;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <nav className={styles.nav} aria-label={t('sectionsNav')}>
      <ul className={styles.list}>
        <li>
          <a href={editionPath(edition, '/')}>{t('frontPage')}</a>
        </li>
        {sections.map((s) => (
          <li key={s.slug}>
            <a href={editionPath(edition, `/sections/${s.slug}`)}>{s.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Section } from '@/db/types';
import styles from './site-nav.module.css';

/** The sections bar. Plain links: the current page is not highlighted, which keeps the HTML cacheable per layout. */
export async function SiteNav({ sections, locale }: { sections: Section[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <nav className={styles.nav} aria-label={t('sectionsNav')}>
      <ul className={styles.list}>
        <li>
          <Link href="/">{t('frontPage')}</Link>
        </li>
        {sections.map((s) => (
          <li key={s.slug}>
            <Link href={`/sections/${s.slug}`}>{s.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Section } from '@/db/types';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { HeaderSearch } from './header-search';
import { SITE_NAME } from './site-config';
import { SiteNav } from './site-nav';
import styles from './site-header.module.css';

export async function SiteHeader({
  sections,
  locale = DEFAULT_LOCALE,
}: {
  sections: Section[];
  locale?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <header className={styles.header} data-site-header data-print="hide">
      <div className={styles.masthead}>
        <Link href="/" className={styles.name}>
          {SITE_NAME}
        </Link>
        <p className={styles.tagline}>{t('tagline')}</p>
        <HeaderSearch locale={locale} />
      </div>
      <SiteNav sections={sections} locale={locale} />
    </header>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Section } from '@/db/types';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { SITE_NAME } from './site-config';
import styles from './site-footer.module.css';

export async function SiteFooter({
  sections,
  locale = DEFAULT_LOCALE,
}: {
  sections: Section[];
  locale?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <footer className={styles.footer} data-site-footer data-print="hide">
      <div className={styles.inner}>
        <div>
          <Link href="/" className={styles.name}>
            {SITE_NAME}
          </Link>
          <p className={styles.note}>{t('footerNote', { site: SITE_NAME })}</p>
        </div>
        <nav aria-label={t('footerNav')}>
          <h2 className={styles.heading}>{t('footerSections')}</h2>
          <ul className={styles.links}>
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={`/sections/${s.slug}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t('readerServices')}>
          <h2 className={styles.heading}>{t('read')}</h2>
          <ul className={styles.links}>
            <li>
              <Link href="/search">{t('search')}</Link>
            </li>
            <li>
              <a href="/feed.xml">{t('rssFeed')}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

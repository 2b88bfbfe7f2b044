import { getTranslations } from 'next-intl/server';
import type { Section } from '@/db/types';
import { editionPath, type EditionRef } from '@/lib/editions';
import { SITE_NAME } from './site-config';
import styles from './site-footer.module.css';

export async function SiteFooter({
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
    <footer className={styles.footer} data-site-footer data-print="hide">
      <div className={styles.inner}>
        <div>
          <a href={editionPath(edition, '/')} className={styles.name}>
            {SITE_NAME}
          </a>
          <p className={styles.note}>{t('footerNote', { site: SITE_NAME })}</p>
        </div>
        <nav aria-label={t('footerNav')}>
          <h2 className={styles.heading}>{t('footerSections')}</h2>
          <ul className={styles.links}>
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={editionPath(edition, `/sections/${s.slug}`)}>{s.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t('readerServices')}>
          <h2 className={styles.heading}>{t('read')}</h2>
          <ul className={styles.links}>
            <li>
              <a href={editionPath(edition, '/search')}>{t('search')}</a>
            </li>
            <li>
              <a href={editionPath(edition, '/feed.xml')}>{t('rssFeed')}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

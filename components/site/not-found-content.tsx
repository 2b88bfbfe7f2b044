import { pagePath } from '@/lib/page-edition';
import { getTranslations } from 'next-intl/server';
import type { Section } from '@/db/types';
import { SearchForm } from './search-form';
import styles from './not-found-content.module.css';

/** What a reader needs after a dead link: say so plainly, then offer a way on. */
export async function NotFoundContent({ sections, locale }: { sections: Section[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  return (
    <div className={styles.wrap}>
      <p className={styles.code}>{t('code')}</p>
      <h1 className={styles.title}>{t('heading')}</h1>
      <p className={styles.lede}>{t('lede')}</p>
      <SearchForm locale={locale} />
      <nav className={styles.sections} aria-label={t('browseLabel')}>
        <h2 className={`rule-heading ${styles.heading}`}>{t('browseHeading')}</h2>
        <ul className={styles.list}>
          <li>
            <a href={pagePath('/')}>{site('frontPage')}</a>
          </li>
          {sections.map((s) => (
            <li key={s.slug}>
              <a href={pagePath(`/sections/${s.slug}`)}>{s.name}</a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

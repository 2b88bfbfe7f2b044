import { getTranslations } from 'next-intl/server';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import styles from './not-found.module.css';

export default async function ArticleNotFound() {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'NotFound' });
  return (
    <div className={styles.box}>
      <h1>{t('articleHeading')}</h1>
      <p>{t.rich('articleLede', { code: (chunks) => <code>{chunks}</code> })}</p>
      <ul>
        <li>{t.rich('goFront', { link: (chunks) => <a href="/">{chunks}</a> })}</li>
        <li>
          <a href="/search">{t('searchArchive')}</a>
        </li>
      </ul>
    </div>
  );
}

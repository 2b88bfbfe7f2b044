import Link from 'next/link';
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
        <li>{t.rich('goFront', { link: (chunks) => <Link href="/">{chunks}</Link> })}</li>
        <li>
          <Link href="/search">{t('searchArchive')}</Link>
        </li>
      </ul>
    </div>
  );
}

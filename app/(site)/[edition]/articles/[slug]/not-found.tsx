import { getTranslations } from 'next-intl/server';
import { pageEdition, pagePath } from '@/lib/page-edition';
import styles from './not-found.module.css';

// Shown by Next itself only under `next dev` and to client-side navigation: `npm start` swaps the
// 404 shell of a missing article for the edition's readable 404 page (scripts/readable-not-found.mjs).
// In the page's edition as its layout set it (lib/page-edition.ts).
export default async function ArticleNotFound() {
  const locale = pageEdition().tag;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <div className={styles.box}>
      <h1>{t('articleHeading')}</h1>
      <p>{t.rich('articleLede', { code: (chunks) => <code>{chunks}</code> })}</p>
      <ul>
        <li>{t.rich('goFront', { link: (chunks) => <a href={pagePath('/')}>{chunks}</a> })}</li>
        <li>
          <a href={pagePath('/search')}>{t('searchArchive')}</a>
        </li>
      </ul>
    </div>
  );
}

import { getTranslations } from 'next-intl/server';
import styles from './header-search.module.css';

/**
 * The search box on every public page: a plain GET form to its edition's /search, so it works without
 * JavaScript and ships none. Its label differs from the search page's own form ("Search
 * articles"), so the two never share a name when both are on one page.
 */
export async function HeaderSearch({ action, locale }: { action: string; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'HeaderSearch' });
  return (
    <form className={styles.form} action={action} method="get" role="search" aria-label={t('form')}>
      <label className={styles.label} htmlFor="header-search">
        {t('label')}
      </label>
      <input
        className={styles.input}
        id="header-search"
        name="q"
        type="search"
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button className={styles.button} type="submit">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12.5 12.5 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {t('submit')}
      </button>
    </form>
  );
}

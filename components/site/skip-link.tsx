import { getTranslations } from 'next-intl/server';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import styles from './skip-link.module.css';

/** First focusable element on every page: keyboard users jump past the header and navigation. */
export async function SkipLink({
  target = 'main',
  locale = DEFAULT_LOCALE,
}: {
  target?: string;
  locale?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <a className={styles.skip} href={`#${target}`} data-print="hide">
      {t('skipLink')}
    </a>
  );
}

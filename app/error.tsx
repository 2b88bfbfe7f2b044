'use client';

import { useEffect, useState } from 'react';
import { Document } from '@/components/site/document';
import { ENGLISH_ERROR_WORDS, loadErrorWords, type ErrorWords } from '@/lib/i18n/error-words';
import styles from './error.module.css';

/**
 * The language and direction of the page that failed, read from its <html> before this boundary
 * replaces the document (it renders its own, below); English when rendered on the server.
 */
function useFailedPageLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  const [language] = useState(() =>
    typeof document === 'undefined'
      ? { lang: 'en', dir: 'ltr' as const }
      : {
          lang: document.documentElement.lang || 'en',
          dir: document.documentElement.dir === 'rtl' ? ('rtl' as const) : ('ltr' as const),
        },
  );
  return language;
}

/** English until the page language's words have loaded. */
function useErrorWords(lang: string): ErrorWords {
  const [words, setWords] = useState(ENGLISH_ERROR_WORDS);
  useEffect(() => {
    loadErrorWords(lang).then(setWords, () => {
      // Offline or the chunk is gone: the English words stay.
    });
  }, [lang]);
  return words;
}

// Unexpected failures only; expected ones (bad input, missing records) are handled where they happen.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const { lang, dir } = useFailedPageLanguage();
  const words = useErrorWords(lang);
  useEffect(() => {
    console.error(error);
  }, [error]);

  // This boundary replaces everything under app/layout.tsx, which passes through: it brings the document.
  return (
    <Document lang={lang} dir={dir}>
      <main id="main" className={styles.wrap}>
        <p className={styles.code}>{words.code}</p>
        <h1 className={styles.title}>{words.heading}</h1>
        <p className={styles.lede}>
          {words.lede}
          {error.digest ? (
            <span className={styles.digest}>
              {' '}
              {words.reference} {error.digest}
            </span>
          ) : null}
        </p>
        <p className={styles.actions}>
          <button type="button" className={styles.button} onClick={reset}>
            {words.tryAgain}
          </button>
          <a href="/">{words.frontPage}</a>
        </p>
      </main>
    </Document>
  );
}

'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { ENGLISH_ERROR_WORDS, loadErrorWords, type ErrorWords } from '@/lib/i18n/error-words';
import styles from './error.module.css';

/** The page's language is on <html lang>; English until another language's words have loaded. */
function useErrorWords(): ErrorWords {
  const [words, setWords] = useState(ENGLISH_ERROR_WORDS);
  useEffect(() => {
    loadErrorWords(document.documentElement.lang).then(setWords, () => {
      // Offline or the chunk is gone: the English words stay.
    });
  }, []);
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
  const words = useErrorWords();
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
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
        <Link href="/">{words.frontPage}</Link>
      </p>
    </main>
  );
}

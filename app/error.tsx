'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import english from '@/lib/i18n/messages/en.json';
import { messagesLocaleOf } from '@/lib/i18n/locales';
import styles from './error.module.css';

type Words = typeof english.Error;

/**
 * The page's language is on <html lang>; its words load only when an error is shown, so no page
 * carries every language's error page in its scripts. English is there from the first paint.
 */
function useErrorWords(): Words {
  const [words, setWords] = useState<Words>(english.Error);
  useEffect(() => {
    const language = messagesLocaleOf(document.documentElement.lang || 'en');
    if (language === 'en') return;
    import(`@/lib/i18n/messages/${language}.json`)
      .then((m: { default: { Error: Words } }) => setWords(m.default.Error))
      .catch(() => {
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
          // The one argument, put in by hand: no message formatter rides along on every page for it.
          <span className={styles.digest}> {words.reference.replace('{digest}', error.digest)}</span>
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

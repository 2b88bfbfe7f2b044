'use client';

import { useEffect } from 'react';
import styles from './error.module.css';

// Unexpected failures only; expected ones (bad input, missing records) are handled where they happen.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main id="main" className={styles.wrap}>
      <p className={styles.code}>Something went wrong</p>
      <h1 className={styles.title}>This page could not be shown</h1>
      <p className={styles.lede}>
        The problem is on our side. Please try again; if it keeps happening, come back in a few minutes.
        {error.digest ? <span className={styles.digest}> Reference: {error.digest}</span> : null}
      </p>
      <p className={styles.actions}>
        <button type="button" className={styles.button} onClick={reset}>
          Try again
        </button>
        <a href="/">Go to the front page</a>
      </p>
    </main>
  );
}

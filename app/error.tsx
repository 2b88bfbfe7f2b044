'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { Document } from '@/components/site/document';
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

  // This boundary replaces everything under app/layout.tsx, which passes through: it brings the document.
  return (
    <Document lang="en" dir="ltr">
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
          <Link href="/">Go to the front page</Link>
        </p>
      </main>
    </Document>
  );
}

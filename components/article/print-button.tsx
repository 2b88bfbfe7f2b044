'use client';
import styles from './article-view.module.css';

/** Opens the browser's print dialog; the print stylesheet leaves only the article on paper. */
export function PrintButton() {
  return (
    <button type="button" className={styles.tool} onClick={() => window.print()}>
      Print this page
    </button>
  );
}

'use client';
import styles from './article-view.module.css';

/** Opens the browser's print dialog; the print stylesheet leaves only the article on paper.
 *  The label comes translated from the server, so this leaf carries no strings of its own. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={styles.tool} onClick={() => window.print()}>
      {label}
    </button>
  );
}

import styles from './article-view.module.css';

/** Opens the browser's print dialog (public/islands/article.js); the print stylesheet leaves only
 *  the article on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={styles.tool} data-print-button="">
      {label}
    </button>
  );
}

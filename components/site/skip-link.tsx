import styles from './skip-link.module.css';

/** First focusable element on every page: keyboard users jump past the header and navigation. */
export function SkipLink({ target = 'main' }: { target?: string }) {
  return (
    <a className={styles.skip} href={`#${target}`} data-print="hide">
      Skip to content
    </a>
  );
}

import styles from './feed-link.module.css';

/** A visible link to an RSS feed; the page's <link rel="alternate"> tells feed readers the same. */
/** `label` is in the page's language ("RSS feed", "Politics feed"). */
export function FeedLink({ href, label }: { href: string; label: string }) {
  return (
    <a className={styles.link} href={href} data-print="hide">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <circle cx="3" cy="13" r="2" fill="currentColor" />
        <path
          d="M1 7a8 8 0 0 1 8 8M1 2a13 13 0 0 1 13 13"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        />
      </svg>
      {label}
    </a>
  );
}

// Shown above the form while an article sent back by an editor waits for its author.
import type { SentBack } from '@/db/types';
import { formatPublishDate, isoInstant } from '@/components/dates';
import styles from './editor-panels.module.css';

export function EditorSentBack({ comment, by, at, timeZone }: SentBack & { timeZone: string }) {
  return (
    <section className={styles.notice} aria-labelledby="sent-back-heading">
      <h2 id="sent-back-heading" className={styles.heading}>
        Sent back by {by}
      </h2>
      <p className={styles.meta}>
        <time dateTime={isoInstant(at)}>{formatPublishDate(at, timeZone)}</time>
      </p>
      <blockquote className={styles.comment}>
        <p>{comment}</p>
      </blockquote>
      <p>Make the changes, then submit it for review again.</p>
    </section>
  );
}

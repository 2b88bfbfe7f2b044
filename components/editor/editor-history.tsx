// The article's workflow history, newest first, so an author sees an editor's send-back comment.
import type { TransitionView } from '@/db/types';
import { formatPublishDate, isoInstant } from '@/components/dates';
import styles from './editor-panels.module.css';

const STATE_WORDS: Record<string, string> = {
  new: 'New',
  draft: 'Draft',
  review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
};
const word = (s: string) => STATE_WORDS[s] ?? s;

export function EditorHistory({ entries, timeZone }: { entries: TransitionView[]; timeZone: string }) {
  const newest = [...entries].reverse();
  return (
    <section className={styles.panel} aria-labelledby="history-heading">
      <h2 id="history-heading" className={styles.heading}>
        History
      </h2>
      {newest.length === 0 ? (
        <p className={styles.muted}>No changes of state yet.</p>
      ) : (
        <ol className={styles.list}>
          {newest.map((t) => (
            <li key={t.id} className={styles.item}>
              <p className={styles.line}>
                <strong>
                  {t.from === 'new'
                    ? `Created as ${word(t.to).toLowerCase()}`
                    : `${word(t.from)} → ${word(t.to)}`}
                </strong>{' '}
                by {t.actorName}
              </p>
              <p className={styles.meta}>
                <time dateTime={isoInstant(t.at)}>{formatPublishDate(t.at, timeZone)}</time>
              </p>
              {t.comment && (
                <blockquote className={styles.comment}>
                  <p>{t.comment}</p>
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

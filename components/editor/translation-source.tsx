// The source beside a translation's draft, read-only, in its own language and direction (`lang` and
// `dir` on the text, so a screen reader voices it as that language and Arabic runs right to left).
import type { TranslationSource as Source } from '@/db/types';
import styles from './translation.module.css';

export function TranslationSource({ source }: { source: Source }) {
  return (
    <section className={styles.source} aria-labelledby="source-heading" tabIndex={0}>
      <h2 id="source-heading" className={styles.sourceLabel}>
        Source in <bdi lang={source.edition.tag}>{source.edition.name}</bdi>, version {source.version}{' '}
        (read-only)
      </h2>
      <div lang={source.edition.tag} dir={source.edition.direction}>
        <h3 className={styles.sourceTitle}>{source.title}</h3>
        {source.summary && <p className={styles.sourceSummary}>{source.summary}</p>}
        {/* Sanitised when it was saved (DESIGN.md §6), as the public page shows it. */}
        <div className={`prose ${styles.sourceBody}`} dangerouslySetInnerHTML={{ __html: source.body }} />
      </div>
    </section>
  );
}

// A readable diff of one revision against the current article: words for short fields, whole
// paragraphs for the body, with <ins>/<del> so the meaning does not rest on colour alone.
import type { DiffPart, RevisionDiff as RevisionDiffView } from '@/db/types';
import { formatPublishDate } from '@/components/dates';
import styles from './editor-panels.module.css';

function Part({ part, block }: { part: DiffPart; block: boolean }) {
  const content = block ? <p>{part.value}</p> : part.value;
  if (part.added) return <ins className={styles.ins}>{content}</ins>;
  if (part.removed) return <del className={styles.del}>{content}</del>;
  return block ? <div className={styles.same}>{content}</div> : <span>{content}</span>;
}

export function RevisionDiff({ diff, timeZone }: { diff: RevisionDiffView; timeZone: string }) {
  const changed = diff.fields.filter((f) => f.changed);
  const same = diff.fields.filter((f) => !f.changed);
  return (
    <section id="diff" className={styles.panel} aria-labelledby="diff-heading" tabIndex={-1}>
      <h2 id="diff-heading" className={styles.heading}>
        Version {diff.version} compared with the current version ({diff.currentVersion})
      </h2>
      <p className={styles.meta}>
        Version {diff.version} was saved by {diff.savedByName} on {formatPublishDate(diff.savedAt, timeZone)}.
      </p>
      <dl className={styles.legend} aria-label="Legend">
        <dt>
          <ins className={styles.ins}>Underlined</ins>
        </dt>
        <dd>only in the current version (restoring version {diff.version} removes it)</dd>
        <dt>
          <del className={styles.del}>Struck through</del>
        </dt>
        <dd>only in version {diff.version} (restoring brings it back)</dd>
      </dl>
      {changed.length === 0 && <p>This version is the same as the current one.</p>}
      {changed.map((f) => (
        <div key={f.field} className={styles.diffField}>
          <h3 className={styles.subheading}>{f.label}</h3>
          <div className={f.field === 'body' ? styles.diffBody : styles.diffLine}>
            {f.parts.map((p, i) => (
              <Part key={i} part={p} block={f.field === 'body'} />
            ))}
          </div>
        </div>
      ))}
      {same.length > 0 && changed.length > 0 && (
        <p className={styles.muted}>Unchanged: {same.map((f) => f.label).join(', ')}.</p>
      )}
    </section>
  );
}

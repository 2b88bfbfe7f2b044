// A readable diff of one revision against the current article (for restoring it, or for a
// translator: what the source changed since the translation's version): words for short fields, whole
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

/** What the diff is read for: restoring an old version, or a translator catching up with the source. */
type Purpose = 'restore' | 'translation';

const WORDS = {
  restore: (v: number, current: number) => ({
    heading: `Version ${v} compared with the current version (${current})`,
    added: `only in the current version (restoring version ${v} removes it)`,
    removed: `only in version ${v} (restoring brings it back)`,
  }),
  translation: (v: number, current: number) => ({
    heading: `Changes in the source from version ${v} to version ${current}`,
    added: `added to the source since version ${v}`,
    removed: `taken out of the source since version ${v}`,
  }),
};

export function RevisionDiff({
  diff,
  timeZone,
  purpose = 'restore',
}: {
  diff: RevisionDiffView;
  timeZone: string;
  purpose?: Purpose;
}) {
  const changed = diff.fields.filter((f) => f.changed);
  const same = diff.fields.filter((f) => !f.changed);
  const words = WORDS[purpose](diff.version, diff.currentVersion);
  return (
    <section id="diff" className={styles.panel} aria-labelledby="diff-heading" tabIndex={-1}>
      <h2 id="diff-heading" className={styles.heading}>
        {words.heading}
      </h2>
      <p className={styles.meta}>
        Version {diff.version} was saved by {diff.savedByName} on {formatPublishDate(diff.savedAt, timeZone)}.
      </p>
      <dl className={styles.legend} aria-label="Legend">
        <dt>
          <ins className={styles.ins}>Underlined</ins>
        </dt>
        <dd>{words.added}</dd>
        <dt>
          <del className={styles.del}>Struck through</del>
        </dt>
        <dd>{words.removed}</dd>
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

// Every saved version of an article, newest first, with a link to compare it with the current
// version and a form to restore it (a new revision, so nothing is ever overwritten).
import Link from 'next/link';
import type { RevisionListItem } from '@/db/types';
import { formatPublishDate, isoInstant } from '@/components/dates';
import styles from './editor-panels.module.css';

type Props = {
  articleId: number;
  revisions: RevisionListItem[];
  currentVersion: number;
  timeZone: string;
  /** Omitted when the person may not edit the article now. It answers with a page (a redirect). */
  restore?: (data: FormData) => void;
  comparing?: number;
};

export function RevisionList({ articleId, revisions, currentVersion, timeZone, restore, comparing }: Props) {
  if (revisions.length === 0) return <p className={styles.muted}>No revisions yet.</p>;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>Saved versions, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Saved by</th>
          <th scope="col">Saved at</th>
          <th scope="col">
            <span className={styles.visuallyHidden}>Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {revisions.map((r) => (
          <tr key={r.version} aria-current={r.version === comparing ? 'true' : undefined}>
            <th scope="row">
              {r.version}
              {r.isCurrent && <span className={styles.muted}> (current)</span>}
            </th>
            <td>{r.savedByName}</td>
            <td>
              <time dateTime={isoInstant(r.savedAt)}>{formatPublishDate(r.savedAt, timeZone)}</time>
            </td>
            <td>
              <div className={styles.rowActions}>
                {!r.isCurrent && (
                  <>
                    <Link
                      href={`/newsroom/articles/${articleId}/revisions?compare=${r.version}#diff`}
                      aria-label={`Compare version ${r.version} with current`}
                    >
                      Compare with current
                    </Link>
                    {restore && (
                      <form action={restore}>
                        <input type="hidden" name="version" value={r.version} />
                        <input type="hidden" name="baseVersion" value={currentVersion} />
                        <button
                          type="submit"
                          className={styles.smallButton}
                          aria-label={`Restore version ${r.version}`}
                        >
                          Restore this version
                        </button>
                      </form>
                    )}
                  </>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

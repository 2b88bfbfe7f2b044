// Every revision of an article, a diff of any one against the current version, and restore.
import type { Metadata } from 'next';
import Link from 'next/link';
import { newsroomTimeZone } from '@/lib/config';
import { diffRevision, listRevisions } from '@/db/articles/revisions';
import { RevisionDiff } from '@/components/editor/revision-diff';
import { RevisionList } from '@/components/editor/revision-list';
import styles from '@/components/editor/editor-page.module.css';
import panel from '@/components/editor/editor-panels.module.css';
import { loadArticle } from '../../load-article';
import { restoreRevisionAction } from './actions';

export const metadata: Metadata = { title: 'Revisions', robots: { index: false } };

const ERRORS: Record<string, string> = {
  stale:
    'Not restored: the article was saved again while you were looking. The list below is up to date; try again.',
  invalid:
    'Not restored: that version no longer passes the checks (for example, its slug is now used by another article).',
  permission: 'You cannot change this article now.',
  missing: 'That version does not exist.',
};

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { actor, article } = await loadArticle((await params).id);
  const search = await searchParams;
  const tz = newsroomTimeZone();
  const compare =
    typeof search.compare === 'string' && /^\d{1,9}$/.test(search.compare) ? Number(search.compare) : null;
  const [revisions, diff] = await Promise.all([
    listRevisions(actor, article.id),
    compare != null ? diffRevision(actor, article.id, compare) : Promise.resolve(null),
  ]);
  const error = typeof search.error === 'string' ? ERRORS[search.error] : undefined;
  const canRestore = article.workflow.canEdit;

  return (
    <>
      <div className={styles.header}>
        <h1 className={styles.title}>Revisions of “{article.title}”</h1>
        <p className={styles.meta}>
          <Link href={`/newsroom/articles/${article.id}`}>Back to the editor</Link>
        </p>
      </div>
      <div role="alert">{error && <p className={panel.notice}>{error}</p>}</div>
      <div className={styles.stack}>
        {compare != null && !diff && <p>There is no version {compare} of this article.</p>}
        {diff && <RevisionDiff diff={diff} timeZone={tz} />}
        <section className={panel.panel} aria-labelledby="all-revisions">
          <h2 id="all-revisions" className={panel.heading}>
            All versions
          </h2>
          {!canRestore && (
            <p className={panel.muted}>
              You can compare versions; restoring needs permission to edit this article now.
            </p>
          )}
          <RevisionList
            articleId={article.id}
            revisions={revisions}
            currentVersion={article.version}
            timeZone={tz}
            restore={canRestore ? restoreRevisionAction.bind(null, article.id) : undefined}
            comparing={compare ?? undefined}
          />
        </section>
      </div>
    </>
  );
}

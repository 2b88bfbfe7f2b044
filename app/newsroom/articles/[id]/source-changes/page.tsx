// What the source of a translation changed since the translation was made (or last marked current):
// the "Source updated since translation" notice links here.
import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { newsroomTimeZone } from '@/lib/config';
import { getSourceChanges } from '@/db/articles/translation-view';
import { PermissionError } from '@/db/people/permissions';
import { RevisionDiff } from '@/components/editor/revision-diff';
import styles from '@/components/editor/editor-page.module.css';
import { loadArticle } from '../../load-article';

export const metadata: Metadata = { title: 'Source changes', robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

async function sourceChanges(...args: Parameters<typeof getSourceChanges>) {
  try {
    return await getSourceChanges(...args);
  } catch (error) {
    if (error instanceof PermissionError) forbidden();
    throw error;
  }
}

export default async function SourceChangesPage({ params }: Props) {
  const { actor, article } = await loadArticle((await params).id);
  const diff = await sourceChanges(actor, article.id);
  return (
    <>
      <div className={styles.header}>
        <h1 className={styles.title}>Source changes for “{article.title}”</h1>
        <p className={styles.meta}>
          <Link href={`/newsroom/articles/${article.id}`}>Back to the translation</Link>
        </p>
      </div>
      {diff ? (
        <RevisionDiff diff={diff} timeZone={newsroomTimeZone()} purpose="translation" />
      ) : (
        <p>The translation is up to date with its source: nothing has changed since it was made.</p>
      )}
    </>
  );
}

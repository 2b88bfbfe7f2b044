// Staff preview: the article through the same view readers get, whatever its state, with a banner
// that says it is not public. Never indexed, never cached, no view counted and no voting.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { siteUrl } from '@/components/site/site-config';
import { STATE_LABELS } from '@/components/newsroom/dashboard-status';
import styles from '@/components/editor/editor-page.module.css';
import { getArticlePreview } from '@/db/articles/editor';
import { listLatestFromAuthor } from '@/db/articles/public';
import { newsroomTimeZone } from '@/lib/config';
import { loadArticle } from '../../load-article';

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, article: editing } = await loadArticle((await params).id);
  const article = await getArticlePreview(actor, editing.id);
  if (!article) notFound();
  const latest = listLatestFromAuthor(article.author.id, article.id, 5);
  const live = editing.state === 'published';
  return (
    <>
      <div role="note" aria-label="Preview" className={styles.previewBanner}>
        <p>
          <strong>{live ? 'Preview — this is the saved version' : 'Preview — not published'}</strong> ·
          Status: {STATE_LABELS[editing.state]} ·{' '}
          <Link href={`/newsroom/articles/${editing.id}`}>Back to the editor</Link>
        </p>
      </div>
      <ArticleView
        article={article}
        latest={latest}
        siteOrigin={siteUrl().origin}
        timeZone={newsroomTimeZone()}
        preview
        nonce={(await headers()).get('x-nonce') ?? undefined}
      />
    </>
  );
}

// The article editor: the form, the send-back comment, the workflow history and recent revisions.
import type { Metadata } from 'next';
import Link from 'next/link';
import { listBylineOptions } from '@/db/articles/editor';
import { newsroomTimeZone } from '@/lib/config';
import { listRevisions } from '@/db/articles/revisions';
import { listSections } from '@/db/taxonomy/sections';
import { hasRole } from '@/db/people/permissions';
import { listTransitions } from '@/db/articles/history';
import { ArticleForm } from '@/components/editor/article-form';
import { EditorHistory } from '@/components/editor/editor-history';
import { EditorSentBack } from '@/components/editor/editor-sent-back';
import { STATE_LABELS } from '@/components/newsroom/dashboard-status';
import styles from '@/components/editor/editor-page.module.css';
import panel from '@/components/editor/editor-panels.module.css';
import { formatPublishDate } from '@/components/dates';
import { uploadBodyImageAction } from '../actions';
import { formValuesOf, leadPreviewOf, nowForPublishField } from '../editor-model';
import { loadArticle } from '../load-article';
import { autosaveArticleAction, editArticleAction } from './actions';

export const metadata: Metadata = { title: 'Edit article', robots: { index: false } };

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const { actor, article } = await loadArticle((await params).id);
  const search = await searchParams;
  const tz = newsroomTimeZone();
  const editor = hasRole(actor, 'editor');
  const [sections, bylines, history, revisions] = await Promise.all([
    listSections(article.editionId),
    editor ? listBylineOptions(actor) : Promise.resolve(null),
    listTransitions(actor, article.id),
    listRevisions(actor, article.id),
  ]);
  const { workflow } = article;
  const values = formValuesOf(article);
  const publishDefault = values.publishedAt ? '' : nowForPublishField(tz);
  const restored = typeof search.restored === 'string' ? search.restored : null;

  return (
    <>
      <div className={styles.header}>
        <h1 className={styles.title}>Edit article</h1>
        <p className={styles.meta}>
          Status: <strong>{STATE_LABELS[article.state]}</strong> · Version {article.version} · by{' '}
          {article.authorName}
        </p>
      </div>
      {search.created === '1' && <p className={styles.notice}>Draft created. It autosaves as you write.</p>}
      {restored && (
        <p className={styles.notice}>
          Version {restored} restored as version {article.version}.
        </p>
      )}
      <div className={styles.layout}>
        <div className={styles.stack}>
          {article.sentBack && <EditorSentBack {...article.sentBack} timeZone={tz} />}
          <ArticleForm
            mode="edit"
            initial={{ ...values, publishedAt: values.publishedAt || publishDefault }}
            publishDefault={publishDefault}
            baseVersion={article.version}
            sections={sections.map((s) => ({ id: s.id, name: s.name }))}
            authors={bylines ? bylines.map((b) => ({ id: b.id, name: `${b.name} (${b.fullName})` })) : null}
            timeZone={tz}
            leadImage={leadPreviewOf(article)}
            workflow={workflow}
            action={editArticleAction.bind(null, article.id)}
            autosave={
              workflow.canEdit && article.state === 'draft'
                ? autosaveArticleAction.bind(null, article.id)
                : undefined
            }
            uploadImage={uploadBodyImageAction}
            previewHref={`/newsroom/articles/${article.id}/preview`}
            reloadHref={`/newsroom/articles/${article.id}`}
            everPublished={article.everPublished}
          />
        </div>
        <aside className={styles.aside} aria-label="About this article">
          <EditorHistory entries={history} timeZone={tz} />
          <section className={panel.panel} aria-labelledby="revisions-heading">
            <h2 id="revisions-heading" className={panel.heading}>
              Revisions
            </h2>
            <ol className={panel.list}>
              {revisions.slice(0, 5).map((r) => (
                <li key={r.version} className={panel.item}>
                  <p className={panel.line}>
                    Version {r.version}
                    {r.isCurrent ? ' (current)' : ''} by {r.savedByName}
                  </p>
                  <p className={panel.meta}>{formatPublishDate(r.savedAt, tz)}</p>
                </li>
              ))}
            </ol>
            <p className={panel.line}>
              <Link href={`/newsroom/articles/${article.id}/revisions`}>
                All revisions, compare and restore
              </Link>
            </p>
          </section>
        </aside>
      </div>
    </>
  );
}

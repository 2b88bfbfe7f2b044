// The article editor: the form, the send-back comment, the workflow history and recent revisions;
// with several editions, its translations and "Translate", and for a translation its source beside
// the draft and whether the source changed since (README "Translating").
import type { Metadata } from 'next';
import Link from 'next/link';
import { listBylineOptions } from '@/db/articles/editor';
import { newsroomTimeZone } from '@/lib/config';
import { listRevisions } from '@/db/articles/revisions';
import { listSections } from '@/db/taxonomy/sections';
import { hasRole } from '@/db/people/permissions';
import { listTransitions } from '@/db/articles/history';
import { getTranslationPanel, listOtherTellings, listTranslateTargets } from '@/db/articles/translation-view';
import { listEditions } from '@/db/editions/editions';
import { ArticleForm } from '@/components/editor/article-form';
import { EditorHistory } from '@/components/editor/editor-history';
import { EditorSentBack } from '@/components/editor/editor-sent-back';
import { TranslationsPanel } from '@/components/editor/translations-panel';
import { TranslationSource } from '@/components/editor/translation-source';
import { TranslationStatus } from '@/components/editor/translation-status';
import translation from '@/components/editor/translation.module.css';
import { STATE_LABELS } from '@/components/newsroom/dashboard-status';
import styles from '@/components/editor/editor-page.module.css';
import panel from '@/components/editor/editor-panels.module.css';
import { formatPublishDate } from '@/components/dates';
import { uploadBodyImageAction } from '../actions';
import { formValuesOf, leadPreviewOf, nowForPublishField } from '../editor-model';
import { loadArticle } from '../load-article';
import { autosaveArticleAction, editArticleAction } from './actions';
import { markTranslationCurrentAction, translateArticleAction } from './translation-actions';

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
  // One edition: nothing to translate into, and nothing about translations is shown.
  const multilingual = listEditions().length > 1;
  const [sections, bylines, history, revisions, source, others, targets] = await Promise.all([
    listSections(article.editionId),
    editor ? listBylineOptions(actor) : Promise.resolve(null),
    listTransitions(actor, article.id),
    listRevisions(actor, article.id),
    getTranslationPanel(actor, article.id),
    multilingual ? listOtherTellings(actor, article.id) : Promise.resolve([]),
    multilingual ? listTranslateTargets(actor, article.id) : Promise.resolve([]),
  ]);
  const { workflow } = article;
  const values = formValuesOf(article);
  const publishDefault = values.publishedAt ? '' : nowForPublishField(tz);
  const restored = typeof search.restored === 'string' ? search.restored : null;

  const form = (
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
  );

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
      {search.translated === '1' && (
        <p className={styles.notice}>
          Translation created as a draft, with the source’s text to translate. It autosaves as you write.
        </p>
      )}
      {restored && (
        <p className={styles.notice}>
          Version {restored} restored as version {article.version}.
        </p>
      )}
      {source && (
        <TranslationStatus
          stale={source.stale}
          sourceVersion={source.sourceVersion}
          madeFromVersion={source.madeFromVersion}
          changesHref={source.source ? `/newsroom/articles/${article.id}/source-changes` : undefined}
          markCurrent={workflow.canEdit ? markTranslationCurrentAction.bind(null, article.id) : undefined}
        />
      )}
      <div className={source ? styles.stack : styles.layout}>
        <div className={styles.stack}>
          {article.sentBack && <EditorSentBack {...article.sentBack} timeZone={tz} />}
          {source?.source ? (
            <div className={translation.beside}>
              {form}
              <TranslationSource source={source.source} />
            </div>
          ) : (
            form
          )}
        </div>
        <aside className={styles.aside} aria-label="About this article">
          {multilingual && (
            <TranslationsPanel
              others={others}
              targets={targets}
              translate={translateArticleAction.bind(null, article.id)}
            />
          )}
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

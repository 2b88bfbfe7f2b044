import type { Metadata } from 'next';
import { requireActor } from '@/auth';
import { listBylineOptions } from '@/db/articles/editor';
import { newsroomTimeZone } from '@/lib/config';
import { hasRole } from '@/db/people/permissions';
import { listSections } from '@/db/taxonomy/sections';
import { NEW_ARTICLE_WORKFLOW } from '@/db/articles/workflow';
import { ArticleForm } from '@/components/editor/article-form';
import styles from '@/components/editor/editor-page.module.css';
import { uploadBodyImageAction } from '../actions';
import { nowForPublishField } from '../editor-model';
import { createArticleAction } from './actions';

export const metadata: Metadata = { title: 'New article', robots: { index: false } };

export default async function NewArticlePage() {
  const actor = await requireActor();
  const tz = newsroomTimeZone();
  const editor = hasRole(actor, 'editor');
  const [sections, bylines] = await Promise.all([
    listSections(),
    editor ? listBylineOptions(actor) : Promise.resolve(null),
  ]);
  const now = nowForPublishField(tz);
  return (
    <>
      <div className={styles.header}>
        <h1 className={styles.title}>New article</h1>
        <p className={styles.meta}>It is saved as a draft; only you and the editors can see it.</p>
      </div>
      <ArticleForm
        mode="new"
        initial={{
          title: '',
          slug: '',
          summary: '',
          body: '',
          sectionId: '',
          tags: '',
          leadImageCaption: '',
          leadImageCredit: '',
          authorId: String(actor.id),
          publishedAt: now,
        }}
        publishDefault={now}
        baseVersion={null}
        sections={sections.map((s) => ({ id: s.id, name: s.name }))}
        authors={bylines ? bylines.map((b) => ({ id: b.id, name: `${b.name} (${b.fullName})` })) : null}
        timeZone={tz}
        leadImage={null}
        workflow={NEW_ARTICLE_WORKFLOW}
        action={createArticleAction}
        uploadImage={uploadBodyImageAction}
        reloadHref="/newsroom/articles/new"
      />
    </>
  );
}

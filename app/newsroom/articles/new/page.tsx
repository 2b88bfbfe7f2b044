import type { Metadata } from 'next';
import { requireActor } from '@/auth';
import { listBylineOptions } from '@/db/articles/editor';
import { newsroomTimeZone } from '@/lib/config';
import { hasRole } from '@/db/people/permissions';
import { listSections } from '@/db/taxonomy/sections';
import { listEditions } from '@/db/editions/editions';
import { editionsForDesk } from '@/db/people/desks';
import { EditionChoice } from '@/components/editor/edition-choice';
import { NEW_ARTICLE_WORKFLOW } from '@/db/articles/workflow';
import { ArticleForm } from '@/components/editor/article-form';
import styles from '@/components/editor/editor-page.module.css';
import { uploadBodyImageAction } from '../actions';
import { nowForPublishField } from '../editor-model';
import { createArticleAction } from './actions';

export const metadata: Metadata = { title: 'New article', robots: { index: false } };

type Props = { searchParams: Promise<{ edition?: string | string[] }> };

export default async function NewArticlePage({ searchParams }: Props) {
  const actor = await requireActor();
  const tz = newsroomTimeZone();
  const editor = hasRole(actor, 'editor');
  // The edition is chosen before writing: it decides the sections on offer and cannot change later.
  // Only the actor's desk is offered (createArticle refuses the others); one edition needs no choice.
  const editions = editionsForDesk(actor, listEditions());
  const asked = (await searchParams).edition;
  const edition = editions.find((e) => e.tag === asked) ?? editions.find((e) => e.isDefault) ?? editions[0];
  const [sections, bylines] = await Promise.all([
    listSections(edition.id),
    editor ? listBylineOptions(actor) : Promise.resolve(null),
  ]);
  const now = nowForPublishField(tz);
  return (
    <>
      <div className={styles.header}>
        <h1 className={styles.title}>New article</h1>
        <p className={styles.meta}>It is saved as a draft; only you and the editors can see it.</p>
      </div>
      <EditionChoice editions={editions} current={edition.id} />
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
        action={createArticleAction.bind(null, edition.id)}
        uploadImage={uploadBodyImageAction}
        reloadHref={`/newsroom/articles/new${edition.isDefault ? '' : `?edition=${edition.tag}`}`}
      />
    </>
  );
}

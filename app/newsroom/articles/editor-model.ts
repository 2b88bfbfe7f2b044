// What the editor page and its actions tell the form about an article: its values as the form
// shows them, and which workflow buttons make sense for this person now.
import type { ArticleForEdit } from '@/db/articles/editor';
import { formatNewsroomLocalInput } from '@/lib/time';
import { hasRole, type Actor } from '@/db/people/permissions';
import type { ArticleFormValues, LeadImagePreview, WorkflowInfo } from '@/components/editor/editor-types';

export function formValuesOf(a: ArticleForEdit): ArticleFormValues {
  return {
    title: a.title,
    slug: a.slug,
    summary: a.summary,
    body: a.body,
    sectionId: a.sectionId == null ? '' : String(a.sectionId),
    tags: a.tags.join(', '),
    leadImageCaption: a.leadImageCaption,
    leadImageCredit: a.leadImageCredit,
    authorId: String(a.authorId),
    publishedAt: a.publishedAtLocal,
  };
}

export function leadPreviewOf(a: Pick<ArticleForEdit, 'leadImage' | 'leadImageCaption'>): LeadImagePreview {
  if (!a.leadImage) return null;
  const { id, url, width, height } = a.leadImage;
  return { id, url, width, height, alt: a.leadImageCaption };
}

export function workflowOf(a: ArticleForEdit, actor: Actor): WorkflowInfo {
  const editor = hasRole(actor, 'editor');
  const own = a.authorId === actor.id;
  return {
    state: a.state,
    canEdit: a.canEdit,
    // An editor's own draft may go straight to publication, but review is open to anyone's draft.
    canSubmit: a.state === 'draft' && (own || editor) && a.canEdit,
    canSendBack: editor && a.state === 'review',
    canPublish: a.canPublish && a.state !== 'published' && a.state !== 'scheduled',
    canUnpublish: editor && (a.state === 'published' || a.state === 'scheduled'),
  };
}

export const NEW_ARTICLE_WORKFLOW: WorkflowInfo = {
  state: 'draft',
  canEdit: true,
  canSubmit: false,
  canSendBack: false,
  canPublish: false,
  canUnpublish: false,
};

/** "Now" as the publish-time field shows it, on the newsroom's clock. */
export function nowForPublishField(timeZone: string): string {
  return formatNewsroomLocalInput(Date.now(), timeZone);
}

// What the editor page and its actions tell the form about an article: its values as the form shows
// them and its lead image. Which buttons show is the workflow table's (ArticleForEdit.workflow).
import type { ArticleForEdit } from '@/db/articles/editor';
import { formatNewsroomLocalInput } from '@/lib/time';
import type { ArticleFormValues, LeadImagePreview } from '@/components/editor/editor-types';

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

/** "Now" as the publish-time field shows it, on the newsroom's clock. */
export function nowForPublishField(timeZone: string): string {
  return formatNewsroomLocalInput(Date.now(), timeZone);
}

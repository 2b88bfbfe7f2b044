// Opens an article for the editor's pages: 404 for an unknown id, 403 for one this person may not see.
import { forbidden, notFound } from 'next/navigation';
import { requireActor } from '@/auth';
import { getArticleForEdit } from '@/db/articles/editor';
import { PermissionError } from '@/db/people/permissions';

export async function loadArticle(idText: string) {
  const actor = await requireActor();
  const id = /^[1-9][0-9]{0,9}$/.test(idText) ? Number(idText) : null;
  if (id === null) notFound();
  try {
    const article = await getArticleForEdit(actor, id);
    if (!article) notFound();
    return { actor, article };
  } catch (error) {
    if (error instanceof PermissionError) forbidden();
    throw error;
  }
}

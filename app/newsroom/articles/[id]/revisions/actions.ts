'use server';
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/auth';
import { StaleVersionError } from '@/db/articles/editor';
import { ValidationError } from '@/lib/errors';
import { PermissionError } from '@/db/people/permissions';
import { restoreRevision } from '@/db/articles/revisions';
import { expireArticlePages } from '../../article-writes';

/** Restoring is a save like any other: a new revision, based on the version the page showed. */
export async function restoreRevisionAction(articleId: number, data: FormData): Promise<void> {
  const actor = await requireActor();
  const version = Number(data.get('version'));
  const baseVersion = Number(data.get('baseVersion'));
  const back = `/newsroom/articles/${articleId}/revisions`;
  let restored;
  try {
    restored = await restoreRevision(actor, articleId, version, baseVersion);
  } catch (error) {
    if (error instanceof StaleVersionError) redirect(`${back}?error=stale`);
    if (error instanceof ValidationError) redirect(`${back}?error=invalid&version=${version}`);
    if (error instanceof PermissionError) redirect(`${back}?error=permission`);
    if (error instanceof RangeError) redirect(`${back}?error=missing`);
    throw error;
  }
  if (restored.state === 'published' || restored.state === 'scheduled')
    expireArticlePages(restored.affectedTags);
  refresh();
  redirect(`/newsroom/articles/${articleId}?restored=${version}`);
}

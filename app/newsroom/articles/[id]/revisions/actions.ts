'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { StaleVersionError } from '@/db/articles/editor';
import { RevisionNotFoundError, restoreRevision } from '@/db/articles/revisions';
import { PermissionError } from '@/db/people/permissions';
import { ValidationError } from '@/lib/errors';
import { guardedAction } from '../../../guarded-action';

const version = z.preprocess((v) => (typeof v === 'string' ? Number(v) : v), z.number().int());

/** Which message the revisions page shows for a refusal (its ERRORS). */
function errorCode(error: unknown): string | null {
  if (error instanceof StaleVersionError) return 'stale';
  if (error instanceof ValidationError) return 'invalid';
  if (error instanceof PermissionError) return 'permission';
  if (error instanceof RevisionNotFoundError) return 'missing';
  return null;
}

/**
 * Restoring is a save like any other: a new revision, based on the version the page showed. The
 * page is a plain form, so the answer is a page: the editor on success, the list with a message when
 * refused (it is read again, so it is up to date).
 */
export const restoreRevisionAction = guardedAction({
  name: 'article.restore-revision',
  role: 'journalist',
  schema: z.object({ articleId: z.number().int().positive(), version, baseVersion: version }),
  bound: ['articleId'],
  run: (actor, { articleId, version, baseVersion }) =>
    restoreRevision(actor, articleId, version, baseVersion),
  affected: (restored) => restored.affected,
  refused: (error, _values, { articleId, version }) => {
    const code = errorCode(error);
    if (!code) return undefined;
    const also = code === 'invalid' ? `&version=${version}` : '';
    redirect(`/newsroom/articles/${articleId}/revisions?error=${code}${also}`);
  },
  done: (_restored, { articleId, version }) =>
    redirect(`/newsroom/articles/${articleId}?restored=${version}`),
});

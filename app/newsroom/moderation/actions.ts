'use server';
// Moderation's server actions: parse with zod, call one db/ function, then expire the changed
// articles' cache tags with updateTag so the public page shows the new numbers on its next request
// (the live widget reads the database directly, so it is right at once anyway).
import { revalidatePath, updateTag } from 'next/cache';
import { z } from 'zod';
import { requireActor } from '@/auth';
import { tagsForArticle } from '@/app/cache-tags';
import { fieldErrorsFromZod, ValidationError } from '@/lib/errors';
import { removeVote, removeVotesLike, resetRating, plural, type ActionResult } from '@/db/moderation/actions';
import { lockRating, resetViews, unlockRating } from '@/db/moderation/article-actions';
import { undoAction } from '@/db/moderation/undo';
import type { FormState } from '@/components/moderation/types';

const reason = z
  .string({ error: 'Give a reason for this action.' })
  .trim()
  .min(1, 'Give a reason for this action.')
  .max(500, 'Keep the reason under 500 characters.');
const id = z.coerce.number().int().positive();

const voteForm = z.object({
  voteId: id,
  scope: z.enum(['vote', 'reader-article', 'reader-site', 'address-article', 'address-site'], {
    error: 'Choose which votes to remove.',
  }),
  reason,
});

const articleForm = z.object({
  articleId: id,
  operation: z.enum(['lock', 'unlock', 'reset-rating', 'reset-views']),
  reason,
});

const undoForm = z.object({ auditId: id });

function expire(result: ActionResult): void {
  for (const article of result.articles) for (const tag of tagsForArticle(article)) updateTag(tag);
  // The console's own pages show the change too (the log's undone rows, the votes' status).
  revalidatePath('/newsroom/moderation', 'layout');
}

async function run(
  parse: () => z.ZodSafeParseResult<unknown>,
  act: () => ActionResult,
  done: (r: ActionResult) => string,
): Promise<FormState> {
  await requireActor('admin');
  const parsed = parse();
  if (!parsed.success)
    return { errors: fieldErrorsFromZod(parsed.error), message: 'Check the form: it was not sent.' };
  try {
    const result = act();
    expire(result);
    return { errors: {}, message: done(result), ok: true };
  } catch (error) {
    if (error instanceof ValidationError) return { errors: error.fieldErrors, message: error.message };
    throw error;
  }
}

export async function moderateVoteAction(_state: FormState, data: FormData): Promise<FormState> {
  const actor = await requireActor('admin');
  const input = voteForm.safeParse(Object.fromEntries(data));
  return run(
    () => input,
    () => {
      const { voteId, scope, reason: why } = input.data!;
      if (scope === 'vote') return removeVote(actor, voteId, why);
      const [by, where] = scope.split('-') as ['reader' | 'address', 'article' | 'site'];
      return removeVotesLike(actor, voteId, { by, scope: where }, why);
    },
    (r) => `Removed ${plural(r.affected, 'vote')} (action #${r.auditId}). The public average is updated.`,
  );
}

export async function moderateArticleAction(_state: FormState, data: FormData): Promise<FormState> {
  const actor = await requireActor('admin');
  const input = articleForm.safeParse(Object.fromEntries(data));
  return run(
    () => input,
    () => {
      const { articleId, operation, reason: why } = input.data!;
      if (operation === 'lock') return lockRating(actor, articleId, why);
      if (operation === 'unlock') return unlockRating(actor, articleId, why);
      if (operation === 'reset-rating') return resetRating(actor, articleId, why);
      return resetViews(actor, articleId, why);
    },
    (r) => {
      const operation = input.data!.operation;
      if (operation === 'lock') return `Ratings are now closed (action #${r.auditId}).`;
      if (operation === 'unlock') return `Ratings are open again (action #${r.auditId}).`;
      if (operation === 'reset-rating')
        return `Rating reset: ${plural(r.affected, 'vote')} removed (action #${r.auditId}).`;
      return `View count reset from ${r.affected.toLocaleString('en-GB')} (action #${r.auditId}).`;
    },
  );
}

export async function undoModerationAction(_state: FormState, data: FormData): Promise<FormState> {
  const actor = await requireActor('admin');
  const input = undoForm.safeParse(Object.fromEntries(data));
  return run(
    () => input,
    () => undoAction(actor, input.data!.auditId),
    (r) => `Undone${r.affected ? `: ${r.affected.toLocaleString('en-GB')} restored` : ''}.`,
  );
}

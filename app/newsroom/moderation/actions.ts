'use server';
// Moderation's server actions (admins): each parses the console's form, calls one db/ function and
// expires the changed articles' pages, so the public page shows the new numbers on its next request
// (the live widget reads the database directly, so it is right at once anyway).
import { z } from 'zod';
import { guardedAction } from '@/app/newsroom/guarded-action';
import { removeVote, removeVotesLike, resetRating } from '@/db/moderation/actions';
import { lockRating, resetViews, unlockRating } from '@/db/moderation/article-actions';
import { moderationReason, plural } from '@/db/moderation/rules';
import { undoAction } from '@/db/moderation/undo';

const id = z.coerce.number().int().positive();
const INVALID = 'Check the form: it was not sent.';

const voteForm = z.object({
  voteId: id,
  scope: z.enum(['vote', 'reader-article', 'reader-site', 'address-article', 'address-site'], {
    error: 'Choose which votes to remove.',
  }),
  reason: moderationReason,
});

export const moderateVoteAction = guardedAction({
  name: 'moderation.votes',
  role: 'admin',
  schema: voteForm,
  invalid: INVALID,
  run: (actor, { voteId, scope, reason }) => {
    if (scope === 'vote') return removeVote(actor, voteId, reason);
    const [by, where] = scope.split('-') as ['reader' | 'address', 'article' | 'site'];
    return removeVotesLike(actor, voteId, { by, scope: where }, reason);
  },
  affected: (result) => result,
  done: (r) => `Removed ${plural(r.affected, 'vote')} (action #${r.auditId}). The public average is updated.`,
});

const articleForm = z.object({
  articleId: id,
  operation: z.enum(['lock', 'unlock', 'reset-rating', 'reset-views']),
  reason: moderationReason,
});

export const moderateArticleAction = guardedAction({
  name: 'moderation.article',
  role: 'admin',
  schema: articleForm,
  invalid: INVALID,
  run: (actor, { articleId, operation, reason }) => {
    if (operation === 'lock') return lockRating(actor, articleId, reason);
    if (operation === 'unlock') return unlockRating(actor, articleId, reason);
    if (operation === 'reset-rating') return resetRating(actor, articleId, reason);
    return resetViews(actor, articleId, reason);
  },
  affected: (result) => result,
  done: (r, { operation }) => {
    if (operation === 'lock') return `Ratings are now closed (action #${r.auditId}).`;
    if (operation === 'unlock') return `Ratings are open again (action #${r.auditId}).`;
    if (operation === 'reset-rating')
      return `Rating reset: ${plural(r.affected, 'vote')} removed (action #${r.auditId}).`;
    return `View count reset from ${r.affected.toLocaleString('en-GB')} (action #${r.auditId}).`;
  },
});

export const undoModerationAction = guardedAction({
  name: 'moderation.undo',
  role: 'admin',
  schema: z.object({ auditId: id }),
  invalid: INVALID,
  run: (actor, { auditId }) => undoAction(actor, auditId),
  affected: (result) => result,
  done: (r) => `Undone${r.affected ? `: ${r.affected.toLocaleString('en-GB')} restored` : ''}.`,
});

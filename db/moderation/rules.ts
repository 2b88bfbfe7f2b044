// What every moderation action shares: the names it is logged under, the reason it must give (one
// rule, used by the console's form and by the data layer alike), how it refuses, and what it returns.
import 'server-only';
import { z } from 'zod';
import type { Affected } from '@/db/affected';
import { ValidationError } from '@/lib/errors';

export const MODERATION_ACTIONS = {
  removeVote: 'moderation.remove_vote',
  removeReaderVotes: 'moderation.remove_reader_votes',
  removeAddressVotes: 'moderation.remove_address_votes',
  resetRating: 'moderation.reset_rating',
  lockRating: 'moderation.lock_rating',
  unlockRating: 'moderation.unlock_rating',
  resetViews: 'moderation.reset_views',
  undo: 'moderation.undo',
} as const;

/**
 * The audit id, how many votes or views it changed (`affected`), and the articles whose public
 * numbers changed, which is all the cache expiry needs (db/affected.ts).
 */
export type ActionResult = Affected & { auditId: number; affected: number };

export class ModerationError extends ValidationError {
  constructor(message: string, field = '') {
    super({ [field]: [message] }, message);
  }
}

const NO_REASON = 'Give a reason for this action.';

/** Every action but an undo says why, in a few words the audit log keeps. */
export const moderationReason = z
  .string({ error: NO_REASON })
  .trim()
  .min(1, NO_REASON)
  .max(500, 'Keep the reason under 500 characters.');

export function requireReason(reason: string): string {
  const parsed = moderationReason.safeParse(reason);
  if (!parsed.success) throw new ModerationError(parsed.error.issues[0].message, 'reason');
  return parsed.data;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

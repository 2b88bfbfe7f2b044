// Moderation is for admins only, and the data layer itself refuses everyone else.
import { describe, expect, it } from 'vitest';
import {
  removeVote,
  removeVotesByAddress,
  removeVotesByReader,
  removeVotesLike,
  resetRating,
} from '@/db/moderation/actions';
import { lockRating, resetViews, unlockRating } from '@/db/moderation/article-actions';
import { listArticlesByRatingActivity, listVotes } from '@/db/moderation/console';
import { undoAction } from '@/db/moderation/undo';
import { PermissionError, type Actor } from '@/db/people/permissions';
import { makeArticle, makeAuthor } from './article-fixtures';
import { insertVote, staff, syncTotals, truth } from './moderation-fixtures';

describe('only admins moderate', () => {
  it('refuses journalists and editors at the data layer, and nobody at all', () => {
    const author = makeAuthor();
    const article = makeArticle(author.id);
    const vote = insertVote(article.id, { stars: 3 });
    syncTotals(article.id);
    for (const actor of [staff('journalist'), staff('editor')]) {
      expect(() => listArticlesByRatingActivity(actor)).toThrow(PermissionError);
      expect(() => listVotes(actor, article.id)).toThrow(PermissionError);
      expect(() => removeVote(actor, vote.id, 'spam')).toThrow(PermissionError);
      expect(() => resetRating(actor, article.id, 'spam')).toThrow(PermissionError);
      expect(() => removeVotesByReader(actor, vote.readerId, {}, 'spam')).toThrow(PermissionError);
      expect(() => removeVotesByAddress(actor, vote.addressHash, { articleId: article.id }, 'spam')).toThrow(
        PermissionError,
      );
      expect(() => removeVotesLike(actor, vote.id, { by: 'address', scope: 'site' }, 'spam')).toThrow(
        PermissionError,
      );
      expect(() => unlockRating(actor, article.id, 'spam')).toThrow(PermissionError);
      expect(() => lockRating(actor, article.id, 'spam')).toThrow(PermissionError);
      expect(() => resetViews(actor, article.id, 'spam')).toThrow(PermissionError);
      expect(() => undoAction(actor, 1)).toThrow(PermissionError);
    }
    expect(() => removeVote(null as unknown as Actor, vote.id, 'spam')).toThrow(PermissionError);
    expect(truth(article.id).stored).toEqual({ sum: 3, count: 1 });
  });
});

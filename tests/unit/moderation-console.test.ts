// The moderation console's lists: the article under attack first, its votes with their flags and
// pseudonymous ids, and what a removal changes there.
import { describe, expect, it } from 'vitest';
import { removeVotesByAddress } from '@/db/moderation/actions';
import { listArticlesByRatingActivity, listVotes, readerShortId } from '@/db/moderation/console';
import { makeArticle, makeAuthor } from './article-fixtures';
import { insertVote, MIN, staff, syncTotals, T0 } from './moderation-fixtures';

describe('the console', () => {
  it('lists the article under attack first and shows its votes flagged, with pseudonymous ids', () => {
    const admin = staff('admin');
    const quiet = makeArticle(makeAuthor().id).id;
    const attacked = makeArticle(makeAuthor().id).id;
    const now = T0 + 10 * MIN;
    for (let i = 0; i < 3; i++) insertVote(quiet, { stars: 4, updatedAt: now - i * MIN });
    for (let i = 0; i < 8; i++)
      insertVote(attacked, {
        stars: 1,
        addressHash: 'script-addr',
        networkHash: 'script-net',
        sawPage: false,
        updatedAt: now - i * 1000,
      });
    syncTotals(quiet);
    syncTotals(attacked);
    const list = listArticlesByRatingActivity(admin, now);
    const mine = list.filter((a) => a.id === quiet || a.id === attacked);
    expect(mine.map((a) => a.id)).toEqual([attacked, quiet]);
    expect(mine[0]).toMatchObject({ flaggedVotes: 8, votesLastHour: 8, votes: 8, average: 1 });
    expect(mine[1]).toMatchObject({ flaggedVotes: 0, votesLastHour: 3 });

    const page = listVotes(admin, attacked, { flag: 'burst' })!;
    expect(page.votes).toHaveLength(8);
    expect(page.votes[0].flags).toEqual(
      expect.arrayContaining(['burst', 'shared-address', 'never-saw-page']),
    );
    expect(page.votes[0].reader).toMatch(/^[0-9a-f]{8}$/);
    expect(page.votes[0].address).toBe('script-a');
    const reader = page.votes[3].reader;
    expect(listVotes(admin, attacked, { reader })!.votes.map((v) => v.reader)).toEqual([reader]);
    expect(listVotes(admin, quiet, { flag: 'burst' })!.votes).toEqual([]);
    expect(readerShortId('x')).not.toContain('x');

    removeVotesByAddress(admin, 'script-addr', { articleId: attacked }, 'Script');
    expect(listArticlesByRatingActivity(admin, now).find((a) => a.id === attacked)).toMatchObject({
      flaggedVotes: 0,
      votes: 0,
      removedVotes: 8,
      average: null,
    });
    expect(listVotes(admin, attacked, { status: 'removed' })!.votes).toHaveLength(8);
    expect(listVotes(admin, attacked, { status: 'counted' })!.votes).toHaveLength(0);
  });
});

// Removing votes (one, a reader's, an address's, a whole rating) and undoing it keeps the stored
// average equal to the counted rows, however the actions and new votes interleave.
import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  removeVote,
  removeVotesByAddress,
  removeVotesByReader,
  removeVotesLike,
  resetRating,
} from '@/db/moderation/actions';
import { undoAction } from '@/db/moderation/undo';
import type { Actor } from '@/db/people/permissions';
import { castVote, RatingError } from '@/db/readers/votes';
import { votes } from '@/db/schema';
import { makeArticle, makeAuthor } from './article-fixtures';
import { adminAndArticle, insertVote, syncTotals, truth } from './moderation-fixtures';

describe('actions keep the average exact', () => {
  let admin: Actor;
  let articleId: number;
  beforeEach(() => {
    ({ admin, articleId } = adminAndArticle());
  });

  it('a reason is required, and a refused action changes nothing', () => {
    const v = insertVote(articleId, { stars: 2 });
    syncTotals(articleId);
    expect(() => removeVote(admin, v.id, '   ')).toThrow(/reason/);
    expect(truth(articleId).stored).toEqual({ sum: 2, count: 1 });
    expect(
      getDb().get<{ n: number }>(
        sql`SELECT COUNT(*) AS n FROM audit_log WHERE action LIKE 'moderation.%' AND target_id = ${String(v.id)}`,
      )!.n,
    ).toBe(0);
  });

  it('removing one vote, a reader and an address, then undoing each, always matches the rows', () => {
    const honest = [5, 4, 5].map((stars) => insertVote(articleId, { stars }));
    Array.from({ length: 6 }, () =>
      insertVote(articleId, { stars: 1, addressHash: 'bad-addr', sawPage: false }),
    );
    syncTotals(articleId);
    const one = removeVote(admin, honest[0].id, 'Test vote by staff');
    expect(one.affected).toBe(1);
    expect(truth(articleId).stored).toEqual(truth(articleId).rows);
    expect(truth(articleId).stored).toEqual({ sum: 4 + 5 + 6, count: 8 });

    const byAddress = removeVotesByAddress(admin, 'bad-addr', { articleId }, 'Script from one address');
    expect(byAddress.affected).toBe(6);
    expect(truth(articleId).stored).toEqual({ sum: 9, count: 2 });
    expect(byAddress.articles.map((a) => a.id)).toEqual([articleId]);

    const byReader = removeVotesByReader(admin, honest[1].readerId, {}, 'Asked to be forgotten');
    expect(truth(articleId).stored).toEqual({ sum: 5, count: 1 });

    undoAction(admin, byAddress.auditId);
    expect(truth(articleId).stored).toEqual(truth(articleId).rows);
    expect(truth(articleId).stored).toEqual({ sum: 11, count: 7 });
    undoAction(admin, one.auditId);
    undoAction(admin, byReader.auditId);
    expect(truth(articleId).stored).toEqual({ sum: 20, count: 9 });
    const audit = getDb().get<{ affected: number; reason: string; detail: string; undoneBy: number }>(sql`
      SELECT affected, reason, detail, undone_by AS undoneBy FROM audit_log WHERE id = ${byAddress.auditId}`)!;
    expect(audit).toMatchObject({ affected: 6, reason: 'Script from one address', undoneBy: admin.id });
    expect(JSON.parse(audit.detail).voteIds).toHaveLength(6);
  });

  it('an action can be undone once', () => {
    insertVote(articleId, { stars: 3 });
    syncTotals(articleId);
    const reset = resetRating(admin, articleId, 'Brigading');
    expect(truth(articleId).stored).toEqual({ sum: 0, count: 0 });
    undoAction(admin, reset.auditId);
    expect(() => undoAction(admin, reset.auditId)).toThrow(/already been undone/);
    expect(truth(articleId).stored).toEqual({ sum: 3, count: 1 });
  });

  it('undo leaves alone what another action removed since', () => {
    const a = insertVote(articleId, { stars: 5, addressHash: 'x' });
    insertVote(articleId, { stars: 1 });
    syncTotals(articleId);
    const first = removeVote(admin, a.id, 'first');
    const reset = resetRating(admin, articleId, 'then everything');
    undoAction(admin, first.auditId);
    expect(truth(articleId).stored).toEqual({ sum: 5, count: 1 });
    undoAction(admin, reset.auditId);
    expect(truth(articleId).stored).toEqual({ sum: 6, count: 2 });
  });

  it('the table buttons remove by reader or address through a vote id, on one article or site-wide', () => {
    const other = makeArticle(makeAuthor().id).id;
    const v = insertVote(articleId, { stars: 1, addressHash: 'shared' });
    insertVote(other, { stars: 1, addressHash: 'shared' });
    insertVote(other, { stars: 4 });
    syncTotals(articleId);
    syncTotals(other);
    expect(removeVotesLike(admin, v.id, { by: 'address', scope: 'article' }, 'spam').affected).toBe(1);
    expect(truth(other).stored).toEqual({ sum: 5, count: 2 });
    const siteWide = getDb()
      .insert(votes)
      .values({ articleId, readerId: 'again', stars: 2, addressHash: 'shared', networkHash: 'n' })
      .returning()
      .get();
    syncTotals(articleId);
    const result = removeVotesLike(admin, siteWide.id, { by: 'address', scope: 'site' }, 'spam everywhere');
    expect(result.affected).toBe(2);
    expect(result.articles.map((a) => a.id).sort()).toEqual([articleId, other].sort());
    expect(truth(other).stored).toEqual({ sum: 4, count: 1 });
    expect(truth(articleId).stored).toEqual(truth(articleId).rows);
  });

  it('stays exact when readers keep voting between removal and undo, and a removed reader cannot vote again', () => {
    const now = Date.now();
    const live = makeArticle(makeAuthor().id, { publishedAt: now - 86_400_000 }).id;
    const cast = (readerId: string, stars: number) =>
      castVote({
        articleId: live,
        readerId,
        stars,
        addressHash: readerId === 'bot' ? 'bot-addr' : 'h',
        networkHash: 'n',
        userAgentFamily: 'Chrome 120',
      });
    cast('alice', 5);
    cast('bot', 1);
    const removed = removeVotesByReader(admin, 'bot', { articleId: live }, 'bot');
    expect(() => cast('bot', 1)).toThrow(RatingError);
    cast('bob', 4);
    cast('alice', 3);
    expect(truth(live).stored).toEqual({ sum: 7, count: 2 });
    undoAction(admin, removed.auditId);
    expect(truth(live).stored).toEqual({ sum: 8, count: 3 });
    expect(truth(live).stored).toEqual(truth(live).rows);
  });
});

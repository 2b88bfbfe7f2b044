import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { castVote, RatingError } from '@/db/readers/votes';
import { listArticlesByRatingActivity, listVotes, readerShortId } from '@/db/moderation/console';
import {
  removeVote,
  removeVotesByAddress,
  removeVotesByReader,
  removeVotesLike,
  resetRating,
} from '@/db/moderation/actions';
import { lockRating, resetViews, unlockRating } from '@/db/moderation/article-actions';
import { undoAction } from '@/db/moderation/undo';
import { computeFlags, FLAG_RULES, type FlagInput } from '@/db/moderation/flags';
import { PermissionError, type Actor } from '@/db/people/permissions';
import { users, votes, viewDays } from '@/db/schema';
import { makeArticle, makeAuthor } from './article-fixtures';

const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);
const MIN = 60_000;
let seq = 0;

function staff(role: Actor['role']): Actor {
  seq++;
  const u = getDb()
    .insert(users)
    .values({
      email: `${role}${seq}@mod.test`,
      name: `${role} ${seq}`,
      fullName: `${role} ${seq} Full`,
      slug: `mod-${role}-${seq}`,
      role,
    })
    .returning()
    .get();
  return { id: u.id, role };
}

type VoteSpec = Partial<typeof votes.$inferInsert> & { stars: number };
function insertVote(articleId: number, spec: VoteSpec) {
  seq++;
  const at = spec.updatedAt ?? spec.createdAt ?? T0;
  return getDb()
    .insert(votes)
    .values({
      articleId,
      readerId: `reader-${seq}`,
      addressHash: `addr-${seq}`,
      networkHash: `net-${seq}`,
      sawPage: true,
      createdAt: at,
      updatedAt: at,
      ...spec,
    })
    .returning()
    .get();
}

/** The truth the stored numbers must match: AVG and COUNT over the counted rows. */
function truth(articleId: number) {
  const db = getDb();
  const stored = db.get<{ sum: number; count: number }>(
    sql`SELECT rating_sum AS sum, rating_count AS count FROM articles WHERE id = ${articleId}`,
  )!;
  const rows = db.get<{ sum: number | null; count: number }>(
    sql`SELECT SUM(stars) AS sum, COUNT(*) AS count FROM votes WHERE article_id = ${articleId} AND removed_at IS NULL`,
  )!;
  return {
    stored: { sum: stored.sum, count: stored.count },
    rows: { sum: rows.sum ?? 0, count: rows.count },
  };
}

function syncTotals(articleId: number) {
  getDb()
    .run(sql`UPDATE articles SET rating_sum = (SELECT COALESCE(SUM(stars),0) FROM votes WHERE article_id = ${articleId} AND removed_at IS NULL),
    rating_count = (SELECT COUNT(*) FROM votes WHERE article_id = ${articleId} AND removed_at IS NULL) WHERE id = ${articleId}`);
}

const fv = (id: number, over: Partial<FlagInput>): FlagInput => ({
  id,
  readerId: `r${id}`,
  stars: 4,
  addressHash: `a${id}`,
  networkHash: `n${id}`,
  sawPage: true,
  votedAt: T0,
  ...over,
});

describe('flag rules', () => {
  it('burst: enough votes from one address within the window are flagged, spread-out ones are not', () => {
    const n = FLAG_RULES.burst.votes;
    const burst = Array.from({ length: n }, (_, i) =>
      fv(i + 1, { addressHash: 'same', votedAt: T0 + i * MIN }),
    );
    const spread = Array.from({ length: n }, (_, i) =>
      fv(100 + i, { addressHash: 'slow', votedAt: T0 + i * (FLAG_RULES.burst.minutes + 1) * MIN }),
    );
    const flags = computeFlags([...burst, ...spread]);
    for (const v of burst) expect(flags.get(v.id)).toContain('burst');
    for (const v of spread) expect(flags.get(v.id)).not.toContain('burst');
    const oneShort = computeFlags(burst.slice(1));
    for (const v of burst.slice(1)) expect(oneShort.get(v.id)).not.toContain('burst');
  });

  it('network burst: many votes from one network prefix, each from its own address', () => {
    const n = FLAG_RULES.networkBurst.votes;
    const votesIn = Array.from({ length: n }, (_, i) =>
      fv(i + 1, { networkHash: 'office', votedAt: T0 + i * 1000 }),
    );
    const flags = computeFlags(votesIn);
    for (const v of votesIn) expect(flags.get(v.id)).toEqual(['network-burst']);
    expect(computeFlags(votesIn.slice(1)).get(2)).toEqual([]);
  });

  it('shared address: many readers behind one address on one article, or across the site', () => {
    const k = FLAG_RULES.sharedAddress.readersOnArticle;
    // Spread over hours so that no burst rule applies: only the readers count matters.
    const onArticle = Array.from({ length: k }, (_, i) =>
      fv(i + 1, { addressHash: 'nat', votedAt: T0 + i * 3 * 60 * MIN }),
    );
    const flags = computeFlags(onArticle);
    for (const v of onArticle) expect(flags.get(v.id)).toEqual(['shared-address']);
    expect(computeFlags(onArticle.slice(1)).get(2)).toEqual([]);
    // One vote here, but the same address voted as many readers on other articles that day.
    const site = Array.from({ length: FLAG_RULES.sharedAddress.readersSiteWide }, (_, i) => ({
      addressHash: 'cafe',
      readerId: `x${i}`,
      votedAt: T0 + i * MIN,
    }));
    expect(computeFlags([fv(50, { addressHash: 'cafe' })], site).get(50)).toEqual(['shared-address']);
    const lastWeek = site.map((s) => ({ ...s, votedAt: s.votedAt - 3 * 24 * 60 * MIN }));
    expect(computeFlags([fv(50, { addressHash: 'cafe' })], lastWeek).get(50)).toEqual([]);
  });

  it('never loaded the page: a vote whose reader had no view of the article', () => {
    const flags = computeFlags([fv(1, { sawPage: false }), fv(2, {})]);
    expect(flags.get(1)).toEqual(['never-saw-page']);
    expect(flags.get(2)).toEqual([]);
  });

  it('sudden shift: a run of low votes within an hour after steady high ones', () => {
    const rule = FLAG_RULES.suddenShift;
    const steady = Array.from({ length: rule.votesBefore }, (_, i) =>
      fv(i + 1, { stars: 5, votedAt: T0 + i * 3 * 60 * MIN }),
    );
    const start = T0 + 30 * 60 * MIN;
    const drop = Array.from({ length: rule.votesInWindow }, (_, i) =>
      fv(100 + i, { stars: 1, votedAt: start + i * 5 * MIN }),
    );
    const flags = computeFlags([...steady, ...drop]);
    for (const v of drop) expect(flags.get(v.id)).toEqual(['sudden-shift']);
    for (const v of steady) expect(flags.get(v.id)).toEqual([]);
    // The same low votes spread over a day move the average just as far, but not suddenly.
    const slow = drop.map((v, i) => ({ ...v, votedAt: start + i * 3 * 60 * MIN }));
    for (const v of slow) expect(computeFlags([...steady, ...slow]).get(v.id)).toEqual([]);
  });
});

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

describe('actions keep the average exact', () => {
  let admin: Actor;
  let articleId: number;
  beforeEach(() => {
    admin = staff('admin');
    articleId = makeArticle(makeAuthor().id).id;
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

  it('lock and unlock are recorded and undoable; a locked rating takes no votes', () => {
    const now = Date.now();
    const live = makeArticle(makeAuthor().id, { publishedAt: now - 86_400_000 }).id;
    const lock = lockRating(admin, live, 'Heated comments');
    expect(() => lockRating(admin, live, 'again')).toThrow(/already closed/);
    expect(() =>
      castVote({
        articleId: live,
        readerId: 'r',
        stars: 4,
        addressHash: 'h',
        networkHash: 'n',
        userAgentFamily: '',
      }),
    ).toThrow(/closed/);
    undoAction(admin, lock.auditId);
    expect(
      castVote({
        articleId: live,
        readerId: 'r',
        stars: 4,
        addressHash: 'h',
        networkHash: 'n',
        userAgentFamily: '',
      }).ratingCount,
    ).toBe(1);
    const unlock = (lockRating(admin, live, 'close'), unlockRating(admin, live, 'reopen'));
    undoAction(admin, unlock.auditId);
    expect(
      getDb().get<{ locked: number }>(sql`SELECT rating_locked AS locked FROM articles WHERE id = ${live}`)!
        .locked,
    ).toBe(1);
  });

  it('a views reset is undone by adding the old counts back to any views counted since', () => {
    getDb().run(sql`UPDATE articles SET views = 40 WHERE id = ${articleId}`);
    getDb()
      .insert(viewDays)
      .values([
        { articleId, day: '2026-11-19', count: 30 },
        { articleId, day: '2026-11-20', count: 10 },
      ])
      .run();
    const reset = resetViews(admin, articleId, 'Inflated by a crawler');
    expect(reset.affected).toBe(40);
    getDb().run(sql`UPDATE articles SET views = views + 2 WHERE id = ${articleId}`);
    getDb().insert(viewDays).values({ articleId, day: '2026-11-20', count: 2 }).run();
    undoAction(admin, reset.auditId);
    expect(
      getDb().get<{ views: number }>(sql`SELECT views FROM articles WHERE id = ${articleId}`)!.views,
    ).toBe(42);
    const days = getDb().all<{ day: string; count: number }>(
      sql`SELECT day, count FROM view_days WHERE article_id = ${articleId} ORDER BY day`,
    );
    expect(days).toEqual([
      { day: '2026-11-19', count: 30 },
      { day: '2026-11-20', count: 12 },
    ]);
  });
});

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

// The flag rules on their own, without a database: which votes each rule marks and which it spares.
import { describe, expect, it } from 'vitest';
import { computeFlags, FLAG_RULES, type FlagInput } from '@/db/moderation/flags';
import { MIN, T0 } from './moderation-fixtures';

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

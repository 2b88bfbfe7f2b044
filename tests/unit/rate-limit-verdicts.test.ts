// The rate limiter names the limit that decided a request, so the endpoints and the rated page say
// whose limit it was without searching a key.
import { afterEach, describe, expect, it } from 'vitest';
import { hitViewLimits, hitVoteLimits, isOwnPace, slowDownMessage } from '@/db/readers/rate-limits';

const T0 = Date.UTC(2026, 1, 2, 9, 0, 0);

afterEach(() => {
  delete process.env.NEWSROOM_VOTE_LIMIT_PER_NETWORK;
  delete process.env.NEWSROOM_VOTE_LIMIT_PER_READER;
  delete process.env.NEWSROOM_VIEW_LIMIT_PER_READER;
});

describe('which limit was hit', () => {
  it('names the network limit when many readers behind one network vote', () => {
    process.env.NEWSROOM_VOTE_LIMIT_PER_NETWORK = '2/10m';
    const vote = (i: number) =>
      hitVoteLimits({ addressHash: `addr-v${i}`, networkHash: 'net-v', readerId: `reader-v${i}` }, T0 + i);
    expect([vote(1), vote(2)].every((v) => v.allowed)).toBe(true);
    const refused = vote(3);
    expect(refused).toMatchObject({ allowed: false, limit: 'votePerNetwork' });
    expect(isOwnPace(refused.limit)).toBe(false);
  });

  it("names the reader's own limit when one reader votes too fast", () => {
    process.env.NEWSROOM_VOTE_LIMIT_PER_READER = '1/1m';
    const who = { addressHash: 'addr-r', networkHash: 'net-r', readerId: 'reader-r' };
    hitVoteLimits(who, T0);
    const refused = hitVoteLimits(who, T0 + 1000);
    expect(refused).toMatchObject({ allowed: false, limit: 'votePerReader' });
    expect(isOwnPace(refused.limit)).toBe(true);
  });

  it("names the reader's own limit on counting views", () => {
    process.env.NEWSROOM_VIEW_LIMIT_PER_READER = '1/1m';
    const who = { addressHash: 'addr-view', readerId: 'reader-view' };
    hitViewLimits(who, T0);
    expect(hitViewLimits(who, T0 + 1000)).toMatchObject({ allowed: false, limit: 'viewPerReader' });
  });

  it('words every refusal the same way, with a wait or "later"', () => {
    expect(slowDownMessage('votes', false, 'later')).toBe(
      'Too many votes from your network. Try again later.',
    );
    expect(slowDownMessage('views', true, 'in 30 seconds')).toBe(
      'You are sending requests too fast. Try again in 30 seconds.',
    );
  });
});

// The live endpoint's write (README "Endpoints"): the view limits, the view and the numbers the page
// shows, as one step of a group commit (db/group-commit.ts), so a burst of readers shares a
// transaction and each is answered with numbers that are already committed.
import 'server-only';
import type { Db } from '@/db';
import { inGroupCommit } from '@/db/group-commit';
import { hitViewLimits, type RateLimitVerdict } from './rate-limits';
import { getViews, recordViewOn } from './views';
import { getMyVote, getRatingSummary } from './votes';

export type LiveNumbers = {
  views: number;
  ratingAverage: number;
  ratingCount: number;
  myVote: number | null;
  locked: boolean;
};

export type LiveVisit = {
  articleId: number;
  /** Null for a crawler without a cookie. */
  readerId: string | null;
  crawler: boolean;
  addressHash: string;
};

export type LiveOutcome =
  | { kind: 'limited'; verdict: RateLimitVerdict }
  | { kind: 'not_found' }
  | { kind: 'numbers'; numbers: LiveNumbers };

/** Counts the visit (unless limited, a crawler's, or for an article that is not public), once committed. */
export function recordLiveVisit(visit: LiveVisit, now = Date.now()): Promise<LiveOutcome> {
  return inGroupCommit((db) => liveVisitOn(db, visit, now));
}

function liveVisitOn(db: Db, visit: LiveVisit, now: number): LiveOutcome {
  const { articleId, readerId } = visit;
  // Counted before anything else, as a refused request still costs its hit.
  const verdict = hitViewLimits({ addressHash: visit.addressHash, readerId }, now);
  if (!verdict.allowed) return { kind: 'limited', verdict };
  // Crawlers get the numbers but are not counted (and get no reader id).
  const views =
    readerId && !visit.crawler
      ? recordViewOn(db, { articleId, readerId }, now)?.views
      : getViews(articleId, now);
  if (views == null) return { kind: 'not_found' };
  const rating = getRatingSummary(articleId)!;
  return {
    kind: 'numbers',
    numbers: {
      views,
      ratingAverage: rating.ratingAverage,
      ratingCount: rating.ratingCount,
      myVote: readerId ? getMyVote(articleId, readerId) : null,
      locked: rating.locked,
    },
  };
}

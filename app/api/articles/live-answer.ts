// POST /api/articles/:id/live → { views, ratingAverage, ratingCount, myVote, locked }
// Called once per page view by the article page's client component. The answer is worked out here
// from the request's headers alone, so that the route handler (./[id]/live/route.ts, under `next dev`
// and `next start`) and scripts/serve.mjs (./live-node.ts, under `npm start`) answer alike.
import { GroupCommitError } from '@/db/group-commit';
import { recordLiveVisit } from '@/db/readers/live';
import { tooManyMessage } from '@/db/readers/rate-limits';
import {
  declaresLargeBody,
  isSameOriginPost,
  parseArticleId,
  readerFrom,
  readerSetCookie,
  TOO_LARGE,
  type HeaderSource,
} from './reader-checks';

export type LiveAnswer = { status: number; body: unknown; headers: Record<string, string> };

const NOT_FOUND = 'No published article has this id.';

function error(status: number, message: string, headers: Record<string, string> = {}): LiveAnswer {
  return { status, body: { error: message }, headers: { 'Cache-Control': 'no-store', ...headers } };
}

/** The live endpoint's answer to a POST for article `rawId` (the URL segment) with these headers. */
export async function answerLive(
  rawId: string,
  request: { headers: HeaderSource; https: boolean },
): Promise<LiveAnswer> {
  const articleId = parseArticleId(rawId);
  if (articleId === null) return error(404, NOT_FOUND);
  // Another site must not be able to make its visitors' browsers count views here.
  if (!isSameOriginPost(request)) return error(403, 'Views are only counted from this site’s own pages.');
  // The endpoint reads no body, so one that announces more than a few KB is refused unread.
  if (declaresLargeBody(request)) return error(413, TOO_LARGE);
  const reader = readerFrom(request);
  let outcome;
  try {
    outcome = await recordLiveVisit({
      articleId,
      readerId: reader.id,
      crawler: reader.crawler,
      addressHash: reader.addressHash,
    });
  } catch (failure) {
    // Nothing of this request was kept; the page keeps the numbers it was rendered with.
    if (failure instanceof GroupCommitError) return error(503, failure.message, { 'Retry-After': '1' });
    throw failure;
  }
  if (outcome.kind === 'limited') {
    // The page keeps the numbers it was rendered with; the view is not counted.
    const { verdict } = outcome;
    return error(429, tooManyMessage('views', verdict), { 'Retry-After': String(verdict.retryAfterSeconds) });
  }
  if (outcome.kind === 'not_found') return error(404, NOT_FOUND);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (reader.newCookie) headers['Set-Cookie'] = readerSetCookie(reader.newCookie, request.https);
  return { status: 200, body: outcome.numbers, headers };
}

// POST /api/articles/:id/vote with stars=1..5 (a form post, or fetch asking for JSON).
// JSON: 200 { ratingAverage, ratingCount, myVote, replaced, message } | 4xx { error } (429 with Retry-After).
// A plain form post (no JavaScript) to a public article is answered with a 303 to
// /articles/<slug>/rated, a small uncached page with the outcome (?error=<code> for a refusal), so
// the cached article page never carries per-reader state and no reader is left with raw JSON.
// Only two refusals stay plain: a cross-site post, and an id that is not a public article (404).
import { NextResponse, type NextRequest } from 'next/server';
import { getPublicArticleSlugById } from '@/db/articles/public';
import { GroupCommitError } from '@/db/group-commit';
import { commitVote, RatingError } from '@/db/readers/votes';
import { commitVoteLimits, isOwnPace, tooManyMessage, type RateLimitVerdict } from '@/db/readers/rate-limits';
import {
  isSameOriginPost,
  jsonError,
  parseArticleId,
  readerFrom,
  withReaderCookie,
  TOO_LARGE,
  declaresLargeBody,
  readCappedBody,
} from '../../reader-request';
import { signOutcome, type RatedOutcome } from '../../rated-outcome';

const TOO_LARGE_BODY = Symbol('too large');

async function readStars(request: NextRequest): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  try {
    const text = await readCappedBody(request);
    if (text === null) return TOO_LARGE_BODY;
    if (type.includes('application/json')) return (JSON.parse(text) as { stars?: unknown })?.stars;
    const form = await new Request('http://body.invalid', {
      method: 'POST',
      body: text,
      headers: { 'content-type': type },
    }).formData();
    const value = form.get('stars');
    // "3" is 3; "2.5", "x" or "" stay as they are and are refused by castVote.
    return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  } catch {
    return undefined;
  }
}

function wantsJson(request: NextRequest): boolean {
  const accept = request.headers.get('accept') ?? '';
  return (
    accept.includes('application/json') ||
    (request.headers.get('content-type') ?? '').includes('application/json')
  );
}

function seeOther(location: string): NextResponse {
  return new NextResponse(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'no-store' },
  });
}

/** The rated page with the outcome the server recorded, signed so that it cannot be made up. */
function ratedPath(slug: string, articleId: number, outcome: RatedOutcome): string {
  return `/articles/${slug}/rated?outcome=${signOutcome(articleId, outcome)}`;
}

/** A refusal for the rated page: its code, and for a rate limit the wait in seconds. */
function refused(code: string, retry?: number): RatedOutcome {
  return retry === undefined ? { kind: 'refused', code } : { kind: 'refused', code, retry };
}

/** The rated page's code for a rate limit: the reader's own pace, or the limit their network shares. */
function rateLimitCode(limited: RateLimitVerdict): string {
  return isOwnPace(limited.limit) ? 'too_fast' : 'rate_limited';
}

/** The group the request's write was in failed as a whole: nothing of it was kept (db/group-commit.ts). */
function unsaved(error: unknown): NextResponse {
  if (!(error instanceof GroupCommitError)) throw error;
  return jsonError(503, error.message, { headers: { 'Retry-After': '1' } });
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const articleId = parseArticleId((await params).id);
  if (articleId === null) return jsonError(404, 'There is no published article to rate here.');
  if (!isSameOriginPost(request))
    return jsonError(403, 'Ratings are only accepted from this site’s own pages.');
  if (declaresLargeBody(request)) return jsonError(413, TOO_LARGE);
  // A form post to a public article is answered with a page whatever happens; for any other id the
  // slug stays null, so a draft's URL never leaks through a redirect.
  const slug = wantsJson(request) ? null : getPublicArticleSlugById(articleId);
  const reader = readerFrom(request);
  if (!reader.id || reader.crawler) {
    if (slug) return seeOther(ratedPath(slug, articleId, refused('crawler')));
    return jsonError(403, 'Automated clients cannot rate articles.');
  }
  // Counted before the vote is read: a throttled script costs one upsert, and fresh cookies don't help.
  let limited: RateLimitVerdict;
  try {
    limited = await commitVoteLimits({
      addressHash: reader.addressHash,
      networkHash: reader.networkHash,
      readerId: reader.id,
    });
  } catch (error) {
    return unsaved(error);
  }
  if (!limited.allowed) {
    if (slug) {
      const page = ratedPath(slug, articleId, refused(rateLimitCode(limited), limited.retryAfterSeconds));
      return withReaderCookie(seeOther(page), request, reader);
    }
    return jsonError(429, tooManyMessage('votes', limited), {
      headers: { 'Retry-After': String(limited.retryAfterSeconds) },
    });
  }
  const stars = await readStars(request);
  if (stars === TOO_LARGE_BODY) return jsonError(413, TOO_LARGE);
  try {
    const { addressHash, networkHash, userAgentFamily } = reader;
    const result = await commitVote(
      { articleId, readerId: reader.id, stars, addressHash, networkHash, userAgentFamily },
      Date.now(),
    );
    const message = result.replaced
      ? `You changed your rating to ${result.myVote} stars.`
      : 'Thanks for rating!';
    const response = slug
      ? seeOther(
          ratedPath(slug, articleId, { kind: 'saved', stars: result.myVote, changed: result.replaced }),
        )
      : NextResponse.json(
          {
            ratingAverage: result.ratingAverage,
            ratingCount: result.ratingCount,
            myVote: result.myVote,
            replaced: result.replaced,
            message,
          },
          { headers: { 'Cache-Control': 'no-store' } },
        );
    return withReaderCookie(response, request, reader);
  } catch (error) {
    if (error instanceof GroupCommitError) return unsaved(error);
    if (!(error instanceof RatingError)) throw error;
    // not_found here means the article stopped being public since the slug was read: plain 404.
    if (slug && error.code !== 'not_found')
      return withReaderCookie(seeOther(ratedPath(slug, articleId, refused(error.code))), request, reader);
    return jsonError(error.status, error.message);
  }
}

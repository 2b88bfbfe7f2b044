// POST /api/articles/:id/vote with stars=1..5 (a form post, or fetch asking for JSON).
// JSON: 200 { ratingAverage, ratingCount, myVote, message } | 4xx { error }.
// A plain form post (no JavaScript) is answered with a 303 to /articles/<slug>/rated, a small
// uncached page with the outcome, so the cached article page never carries per-reader state.
import { NextResponse, type NextRequest } from 'next/server';
import { getArticleSlugById } from '@/db/articles';
import { castVote, RatingError, type RatingErrorCode } from '@/db/ratings';
import { hitVoteLimits, tooManyMessage } from '@/db/rate-limits';
import {
  isSameOriginPost,
  jsonError,
  parseArticleId,
  readerFrom,
  withReaderCookie,
} from '../../reader-request';

const STATUS: Record<RatingErrorCode, number> = {
  invalid_stars: 400,
  not_found: 404,
  locked: 409,
  removed: 409,
};

async function readStars(request: NextRequest): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/json')) return ((await request.json()) as { stars?: unknown })?.stars;
    const value = (await request.formData()).get('stars');
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

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const articleId = parseArticleId((await params).id);
  if (articleId === null) return jsonError(404, 'There is no published article to rate here.');
  if (!isSameOriginPost(request))
    return jsonError(403, 'Ratings are only accepted from this site’s own pages.');
  const reader = readerFrom(request);
  if (!reader.id || reader.crawler) return jsonError(403, 'Automated clients cannot rate articles.');
  // Counted before the vote is read: a throttled script costs one upsert, and fresh cookies don't help.
  const limited = hitVoteLimits({
    addressHash: reader.addressHash,
    networkHash: reader.networkHash,
    readerId: reader.id,
  });
  if (!limited.allowed) {
    return jsonError(429, tooManyMessage('votes', limited), {
      headers: { 'Retry-After': String(limited.retryAfterSeconds) },
    });
  }
  const stars = await readStars(request);
  const json = wantsJson(request);
  const slug = json ? null : getArticleSlugById(articleId);
  try {
    const { addressHash, networkHash, userAgentFamily } = reader;
    const result = castVote(
      { articleId, readerId: reader.id, stars, addressHash, networkHash, userAgentFamily },
      Date.now(),
    );
    const message = result.replaced
      ? `You changed your rating to ${result.myVote} stars.`
      : 'Thanks for rating!';
    const response = slug
      ? seeOther(`/articles/${slug}/rated?stars=${result.myVote}${result.replaced ? '&changed=1' : ''}`)
      : NextResponse.json(
          {
            ratingAverage: result.ratingAverage,
            ratingCount: result.ratingCount,
            myVote: result.myVote,
            message,
          },
          { headers: { 'Cache-Control': 'no-store' } },
        );
    return withReaderCookie(response, request, reader);
  } catch (error) {
    if (!(error instanceof RatingError)) throw error;
    if (slug && error.code !== 'not_found')
      return withReaderCookie(seeOther(`/articles/${slug}/rated?error=${error.code}`), request, reader);
    return jsonError(STATUS[error.code], error.message);
  }
}

// POST /api/articles/:id/live → { views, ratingAverage, ratingCount, myVote, locked }
// Called once per page view by the article page's client component. Only POST: a GET can be
// prefetched, and a HEAD or a link preview must never count as a view.
import { NextResponse, type NextRequest } from 'next/server';
import { getViews, recordView } from '@/db/readers/views';
import { getMyVote, getRatingSummary } from '@/db/readers/votes';
import { hitViewLimits, tooManyMessage } from '@/db/readers/rate-limits';
import {
  isSameOriginPost,
  jsonError,
  parseArticleId,
  readerFrom,
  withReaderCookie,
  TOO_LARGE,
  declaresLargeBody,
} from '../../reader-request';

const NOT_FOUND = 'No published article has this id.';

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const articleId = parseArticleId((await params).id);
  if (articleId === null) return jsonError(404, NOT_FOUND);
  // Another site must not be able to make its visitors' browsers count views here.
  if (!isSameOriginPost(request)) return jsonError(403, 'Views are only counted from this site’s own pages.');
  // The endpoint reads no body, so one that announces more than a few KB is refused unread.
  if (declaresLargeBody(request)) return jsonError(413, TOO_LARGE);
  const reader = readerFrom(request);
  const now = Date.now();
  const limited = hitViewLimits({ addressHash: reader.addressHash, readerId: reader.id });
  if (!limited.allowed) {
    // The page keeps the numbers it was rendered with; the view is not counted.
    return jsonError(429, tooManyMessage('views', limited), {
      headers: { 'Retry-After': String(limited.retryAfterSeconds) },
    });
  }
  // Crawlers get the numbers but are not counted (and get no reader id).
  const views =
    reader.id && !reader.crawler
      ? recordView({ articleId, readerId: reader.id }, now)?.views
      : getViews(articleId, now);
  if (views == null) return jsonError(404, NOT_FOUND);
  const rating = getRatingSummary(articleId)!;
  const body = {
    views,
    ratingAverage: rating.ratingAverage,
    ratingCount: rating.ratingCount,
    myVote: reader.id ? getMyVote(articleId, reader.id) : null,
    locked: rating.locked,
  };
  return withReaderCookie(
    NextResponse.json(body, { headers: { 'Cache-Control': 'no-store' } }),
    request,
    reader,
  );
}

// POST /api/articles/:id/live → { views, ratingAverage, ratingCount, myVote, locked }
// Only POST: a GET can be prefetched, and a HEAD or a link preview must never count as a view.
// Under `npm start` scripts/serve.mjs answers these posts before Next sees them (README "Speed");
// this handler gives `next dev` and `next start` the same answer (../../live-answer.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { cameOverHttps } from '../../reader-checks';
import { answerLive } from '../../live-answer';

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const answer = await answerLive((await params).id, {
    headers: request.headers,
    https: cameOverHttps(request.headers, request.nextUrl.protocol === 'https:'),
  });
  return NextResponse.json(answer.body, { status: answer.status, headers: answer.headers });
}

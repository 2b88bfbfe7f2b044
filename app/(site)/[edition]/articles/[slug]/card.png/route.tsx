// The Open Graph card of an article without a lead image: 1200×630 with the title, section and
// newsroom name, drawn by next/og. Shared-cache friendly: a card changes only when the title does.
import { ImageResponse } from 'next/og';
import { SITE_NAME } from '@/components/site/site-config';
import { loadArticlePage } from '@/app/(site)/articles/cached';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const page = await loadArticlePage((await params).slug);
  if (page.kind !== 'article') {
    return new Response('No such article.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { title, section } = page.article;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#fcfbf8',
        color: '#16181d',
        borderTop: '24px solid #a3161a',
      }}
    >
      <div style={{ fontSize: 32, fontWeight: 700, color: '#a3161a', textTransform: 'uppercase' }}>
        {section?.name ?? 'News'}
      </div>
      <div style={{ fontSize: title.length > 80 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>
        {title.length > 140 ? `${title.slice(0, 137)}…` : title}
      </div>
      <div style={{ fontSize: 32, color: '#575d66' }}>{SITE_NAME}</div>
    </div>,
    {
      width: 1200,
      height: 630,
      headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
    },
  );
}

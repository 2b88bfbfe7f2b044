import { describe, expect, it } from 'vitest';
import { buildRss } from '@/app/(site)/feeds';
import type { ArticleCard } from '@/db/articles/listings';

const card = (title: string, summary: string): ArticleCard => ({
  id: 1,
  slug: 'a-story',
  title,
  summary,
  publishedAt: Date.UTC(2026, 0, 10, 12),
  section: { id: 1, name: 'News', slug: 'news' },
  author: { id: 1, name: 'Budi', slug: 'budi' },
  leadImage: null,
});

/** The document with its CDATA sections cut out: what is left is markup, never text. */
const outsideCdata = (xml: string) => xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');

function rss(items: ArticleCard[]): string {
  const spec = {
    title: 'Newsroom: latest',
    description: 'Latest',
    path: '/',
    feedPath: '/feed.xml',
    items,
    edition: { tag: 'en', isDefault: true },
  };
  return buildRss(spec, new URL('https://news.example'));
}

describe('the RSS feed', () => {
  it('keeps every "]]>" of a title or summary inside its CDATA, so no markup gets out', () => {
    const xml = rss([card('a]]>b]]><x>', 'one]]>two]]><y>three]]>')]);
    expect(outsideCdata(xml)).not.toContain('<x>');
    expect(outsideCdata(xml)).not.toContain('<y>');
    // What a feed reader reads is exactly what was written (issue 12: not "]]&gt;").
    const text = (element: string) => {
      const inner = new RegExp(`<item>[\\s\\S]*?<${element}>(.*?)</${element}>`, 's').exec(xml)?.[1] ?? '';
      expect(inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '')).toBe('');
      return [...inner.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join('');
    };
    expect(text('title')).toBe('a]]>b]]><x>');
    expect(text('description')).toBe('one]]>two]]><y>three]]>');
  });

  it('leaves ordinary headlines as they are', () => {
    const xml = rss([card('Quay reopens & ferries return', 'Next month.')]);
    expect(xml).toContain('<title><![CDATA[Quay reopens & ferries return]]></title>');
  });
});

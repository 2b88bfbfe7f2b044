import type { MetadataRoute } from 'next';
import { getAuthors, getLatest, getSections } from '@/app/(site)/cached';
import { siteUrl } from '@/components/site/site-config';

// Built per request from the data cache: a build-time copy would list the build machine's articles.
export const dynamic = 'force-dynamic';

const ARTICLE_LIMIT = 5000;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const abs = (p: string) => new URL(p, base).toString();
  const [latest, sections, authors] = await Promise.all([
    getLatest({ limit: ARTICLE_LIMIT, offset: 0 }),
    getSections(),
    getAuthors(),
  ]);
  return [
    { url: abs('/'), changeFrequency: 'hourly', priority: 1 },
    ...sections.map((s) => ({
      url: abs(`/sections/${s.slug}`),
      changeFrequency: 'hourly' as const,
      priority: 0.8,
    })),
    ...authors.map((a) => ({
      url: abs(`/authors/${a.slug}`),
      changeFrequency: 'daily' as const,
      priority: 0.5,
    })),
    ...latest.items.map((a) => ({
      url: abs(`/articles/${a.slug}`),
      lastModified: new Date(a.publishedAt),
      priority: 0.7,
    })),
  ];
}

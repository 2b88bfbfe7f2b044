// An article page's data as its edition's URL names it (issue 11). An article lives in one edition:
// asked for under another edition's prefix (or none), it answers with a permanent redirect to its
// own address, so a link that lost or gained a prefix still lands, and no article has two URLs.
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { articlePath } from '@/components/article/types';
import type { Edition } from '@/db/editions/editions';
import { editionPath } from '@/lib/editions';
import { editionById, requireEdition } from '../editions';
import { loadArticlePage, type ArticlePage } from './cached';

export type EditionArticle = { edition: Edition; page: Extract<ArticlePage, { kind: 'article' }> };

/** `suffix` is the rest of the route after the article's path ("/print", "/rated" or ""). */
export const loadEditionArticle = cache(
  async (segment: string, slug: string, suffix: string): Promise<EditionArticle> => {
    const edition = await requireEdition(Promise.resolve({ edition: segment }));
    const page = await loadArticlePage(slug);
    if (page.kind === 'redirect') permanentRedirect(editionPath(edition, articlePath(page.slug)) + suffix);
    if (page.kind === 'missing') notFound();
    if (page.article.editionId !== edition.id) {
      const home = await editionById(page.article.editionId);
      if (!home) notFound();
      permanentRedirect(editionPath(home, articlePath(page.article.slug)) + suffix);
    }
    return { edition, page };
  },
);

// What the article page may cache, in one place (DESIGN.md §1). The page itself is ISR: its HTML is
// rendered once and served from memory until one of the tags collected here is expired. The data
// underneath is in the data cache with the same tags, so a regeneration reads SQLite once at most.
import { unstable_cache } from 'next/cache';
import { cacheTags } from '@/app/cache-tags';
import {
  findSlugRedirect,
  getArticleStateBySlug,
  getPublicArticleById,
  isPublicState,
  listLatestFromAuthor,
  type LatestLink,
  type PublicArticle,
} from '@/db/articles/public';
import { listRelated } from '@/db/articles/related';
import { listStoryTellings, type StoryTelling } from '@/db/articles/translations';

export const ARTICLE_REVALIDATE_SECONDS = 3600;

export type ArticlePage =
  | {
      kind: 'article';
      article: PublicArticle;
      latest: LatestLink[];
      related: LatestLink[];
      /** Every public telling of the story, this one included (one per edition). */
      tellings: StoryTelling[];
    }
  | { kind: 'redirect'; slug: string }
  | { kind: 'missing' };

function getArticle(id: number) {
  return unstable_cache(async () => getPublicArticleById(id, Date.now()), ['article:public', String(id)], {
    tags: [cacheTags.article(id)],
    revalidate: ARTICLE_REVALIDATE_SECONDS,
  })();
}

function getLatestFromAuthor(authorId: number, editionId: number, articleId: number) {
  return unstable_cache(
    async () => listLatestFromAuthor(authorId, editionId, articleId, 5, Date.now()),
    ['article:latest-from', String(authorId), String(editionId), String(articleId)],
    { tags: [cacheTags.author(authorId), cacheTags.lists], revalidate: ARTICLE_REVALIDATE_SECONDS },
  )();
}

// A translation published, edited or withdrawn expires its story's tag, so every telling's page
// lists exactly the public ones at once.
function getTellings(storyId: number) {
  return unstable_cache(
    async () => listStoryTellings(storyId, Date.now()),
    ['article:tellings', String(storyId)],
    {
      tags: [cacheTags.story(storyId)],
      revalidate: ARTICLE_REVALIDATE_SECONDS,
    },
  )();
}

// Related stories ride on the lists tag: a publish, unpublish or edit anywhere expires it (and with
// it this page), so a related article that is withdrawn leaves the block at once.
function getRelated(articleId: number, latest: LatestLink[]) {
  const exclude = latest.map((l) => l.id);
  return unstable_cache(
    async () => listRelated(articleId, exclude, Date.now()),
    ['article:related', String(articleId), exclude.join(',')],
    { tags: [cacheTags.article(articleId), cacheTags.lists], revalidate: ARTICLE_REVALIDATE_SECONDS },
  )();
}

/**
 * Attaches tags (and, for a scheduled article, a lifetime ending at its publish time) to the 404
 * that the page renders, so the cached 404 goes away exactly when the article can become public.
 */
function markNotFound(tags: string[], revalidate: number) {
  return unstable_cache(async () => null, ['article:not-found', ...tags, String(revalidate)], {
    tags,
    revalidate,
  })();
}

/**
 * The article page's data by slug. The slug lookup itself is not cached: it only runs when the
 * page is being (re)generated, and it decides how long the result may be kept.
 */
export async function loadArticlePage(slug: string): Promise<ArticlePage> {
  const now = Date.now();
  const state = getArticleStateBySlug(slug);
  if (!state) {
    const target = findSlugRedirect(slug);
    if (target) return { kind: 'redirect', slug: target };
    // A new article may take this slug: every publish expires the lists tag.
    await markNotFound([cacheTags.lists], ARTICLE_REVALIDATE_SECONDS);
    return { kind: 'missing' };
  }
  if (!isPublicState(state, now)) {
    const scheduled = state.status === 'published' && state.publishedAt != null;
    const untilPublic = scheduled
      ? Math.max(1, Math.ceil((state.publishedAt! - now) / 1000))
      : ARTICLE_REVALIDATE_SECONDS;
    await markNotFound([cacheTags.article(state.id)], Math.min(untilPublic, ARTICLE_REVALIDATE_SECONDS));
    return { kind: 'missing' };
  }
  const article = await getArticle(state.id);
  if (!article) return { kind: 'missing' };
  const latest = await getLatestFromAuthor(article.author.id, article.editionId, article.id);
  const [related, tellings] = await Promise.all([
    getRelated(article.id, latest),
    getTellings(article.storyId),
  ]);
  return { kind: 'article', article, latest, related, tellings };
}

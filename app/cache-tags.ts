// The one place that names cache tags (DESIGN.md §1). Cached reads tag themselves with these;
// writes expire exactly the tags of what they changed.
import type { Affected } from '@/db/affected';

export const cacheTags = {
  /** Every list of articles: front page, sections, authors, tags, feeds, search. */
  lists: 'lists',
  front: 'front',
  article: (id: number) => `article:${id}`,
  author: (id: number) => `author:${id}`,
  section: (id: number) => `section:${id}`,
  tag: (id: number) => `tag:${id}`,
  sections: 'sections',
  /** The list of editions: every page's language, direction and edition switcher. */
  editions: 'editions',
  /** A story and its translations: each one's page lists the others ("Also in"). */
  story: (id: number) => `story:${id}`,
} as const;

export type ArticleTagSubject = {
  id: number;
  authorId: number;
  sectionId: number | null;
  tagIds?: number[];
  storyId?: number;
};

/** The tags a change to one article touches: its page, and every list it can appear in. */
export function tagsForArticle(a: ArticleTagSubject): string[] {
  const tags = [cacheTags.article(a.id), cacheTags.author(a.authorId), cacheTags.front, cacheTags.lists];
  tags.push(cacheTags.story(a.storyId ?? a.id));
  if (a.sectionId != null) tags.push(cacheTags.section(a.sectionId));
  for (const t of a.tagIds ?? []) tags.push(cacheTags.tag(t));
  return tags;
}

/** Every tag a write's `Affected` touches (db/affected.ts), each once. */
export function tagsOf(affected: Affected): string[] {
  const tags = new Set<string>();
  for (const a of affected.articles) for (const t of tagsForArticle(a)) tags.add(t);
  for (const id of affected.sections ?? []) tags.add(cacheTags.section(id));
  for (const id of affected.tags ?? []) tags.add(cacheTags.tag(id));
  if (affected.sections?.length || affected.tags?.length) tags.add(cacheTags.lists);
  if (affected.sectionList || affected.editions)
    for (const t of [cacheTags.sections, cacheTags.lists, cacheTags.front]) tags.add(t);
  if (affected.editions) tags.add(cacheTags.editions);
  return [...tags];
}

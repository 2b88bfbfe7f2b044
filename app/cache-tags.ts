// The one place that names cache tags (DESIGN.md §1). Cached reads tag themselves with these;
// writes expire exactly the tags of what they changed.
export const cacheTags = {
  /** Every list of articles: front page, sections, authors, tags, feeds, search. */
  lists: 'lists',
  front: 'front',
  article: (id: number) => `article:${id}`,
  author: (id: number) => `author:${id}`,
  section: (id: number) => `section:${id}`,
  tag: (id: number) => `tag:${id}`,
  sections: 'sections',
} as const;

export type ArticleTagSubject = {
  id: number;
  authorId: number;
  sectionId: number | null;
  tagIds?: number[];
};

/** The tags a change to one article touches: its page, and every list it can appear in. */
export function tagsForArticle(a: ArticleTagSubject): string[] {
  const tags = [cacheTags.article(a.id), cacheTags.author(a.authorId), cacheTags.front, cacheTags.lists];
  if (a.sectionId != null) tags.push(cacheTags.section(a.sectionId));
  for (const t of a.tagIds ?? []) tags.push(cacheTags.tag(t));
  return tags;
}

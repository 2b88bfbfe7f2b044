// For the edition specs: a public article of one edition, read from the demo newsroom the server
// seeded, and that edition's interface words, formatted from the shipped message files with next-intl
// (so an expected "(6 أصوات)" comes from the same ICU plural rules the page uses, not a guess).
import { createTranslator } from 'next-intl';
import { query } from './site-fixtures';
import ar from '@/lib/i18n/messages/ar.json';
import en from '@/lib/i18n/messages/en.json';
import id from '@/lib/i18n/messages/id.json';

const MESSAGES = { en, id, ar };

/** The shipped interface of a language, as the pages format it: words('ar')('Live.votes', { count: 3 }). */
export function words(language: keyof typeof MESSAGES) {
  return createTranslator({ locale: language, messages: MESSAGES[language] });
}

export type EditionArticle = {
  id: number;
  slug: string;
  title: string;
  sectionSlug: string;
  authorSlug: string;
  /** One of its tags, if it has any. */
  tagSlug: string | null;
  authorName: string;
  authorFullName: string;
};

/**
 * The newest public article of edition `tag` that is open for rating, with its section and author;
 * `withList`: one whose body has a bulleted list and that translates another edition's story.
 */
export function articleIn(tag: string, { withList = false } = {}): EditionArticle {
  const [row] = query<EditionArticle>(
    `SELECT a.id, a.slug, a.title, s.slug AS sectionSlug, u.slug AS authorSlug, u.name AS authorName,
                u.full_name AS authorFullName,
                (SELECT t.slug FROM article_tags at JOIN tags t ON t.id = at.tag_id
                  WHERE at.article_id = a.id LIMIT 1) AS tagSlug
           FROM articles a JOIN editions e ON e.id = a.edition_id
           JOIN sections s ON s.id = a.section_id JOIN users u ON u.id = a.author_id
          WHERE e.tag = ? AND a.status = 'published' AND a.published_at <= ? AND a.rating_locked = 0
            AND (? = 0 OR (a.body LIKE '%<ul%' AND a.translation_of IS NOT NULL))
          ORDER BY a.published_at DESC LIMIT 1`,
    tag,
    Date.now(),
    withList ? 1 : 0,
  );
  if (!row)
    throw new Error(
      `The demo newsroom has no public article open for rating in “${tag}”${withList ? ' with a list' : ''}`,
    );
  return row;
}

/** An author with public articles in other editions and none in edition `tag`. */
export function authorWithNothingIn(tag: string): { slug: string; name: string } {
  const [row] = query<{ slug: string; name: string }>(
    `SELECT u.slug, u.name FROM users u
          WHERE EXISTS (SELECT 1 FROM articles a WHERE a.author_id = u.id AND a.status = 'published')
            AND NOT EXISTS (SELECT 1 FROM articles a JOIN editions e ON e.id = a.edition_id
                             WHERE a.author_id = u.id AND e.tag = ?)
          ORDER BY u.id LIMIT 1`,
    tag,
  );
  if (!row) throw new Error(`Every author of the demo newsroom has written in “${tag}”`);
  return row;
}

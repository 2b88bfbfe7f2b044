// The demo newsroom's Bahasa Indonesia and Arabic editions, checked as data: the seed that writes them can
// only be as sound as what it is given.
import { describe, expect, it } from 'vitest';
import {
  DEMO_ARTICLES,
  DEMO_AUTHORS,
  DEMO_EDITION_ARTICLES,
  DEMO_EDITION_AUTHORS,
  DEMO_EDITIONS,
  DEMO_IMAGES,
  DEMO_SECTIONS,
  renderBody,
  type DemoArticle,
} from '@/db/demo/content';
import { findUnsafeMarkup, sanitizeBody } from '@/lib/sanitize';
import { SLUG_PATTERN, slugify } from '@/lib/slugs';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const englishByTitle = new Map(DEMO_ARTICLES.map((article) => [article.title, article]));
const inEdition = (tag: string) => DEMO_EDITION_ARTICLES.filter((article) => article.edition === tag);
const slugOf = (article: DemoArticle) => article.slug ?? slugify(article.title);
/** Minutes before the seeding moment, so two demo articles' publication times can be compared. */
const minutesAgo = ({ daysAgo, at }: DemoArticle) => {
  const [hours, minutes] = at.split(':').map(Number);
  return daysAgo * 24 * 60 - (hours * 60 + minutes);
};

describe('demo editions', () => {
  it('has an Indonesian edition with at least 8 articles and an Arabic one with at least 3', () => {
    expect(DEMO_EDITIONS.map(({ tag, name, direction }) => ({ tag, name, direction }))).toEqual([
      { tag: 'id', name: 'Bahasa Indonesia', direction: 'ltr' },
      { tag: 'ar', name: 'العربية', direction: 'rtl' },
    ]);
    expect(inEdition('id').length).toBeGreaterThanOrEqual(8);
    expect(inEdition('ar').length).toBeGreaterThanOrEqual(3);
    expect(DEMO_EDITION_ARTICLES.length).toBe(inEdition('id').length + inEdition('ar').length);
  });

  it('leaves the English articles without an edition or a source', () => {
    for (const article of DEMO_ARTICLES) {
      expect(article.edition).toBeUndefined();
      expect(article.translationOf).toBeUndefined();
    }
  });

  it('files every article under a section of its own edition', () => {
    for (const article of DEMO_EDITION_ARTICLES) {
      const edition = DEMO_EDITIONS.find(({ tag }) => tag === article.edition);
      expect(
        edition?.sections.map(({ name }) => name),
        article.title,
      ).toContain(article.section);
    }
  });

  it('gives every section a usable slug, unique across all editions', () => {
    const sections = [...DEMO_SECTIONS, ...DEMO_EDITIONS.flatMap(({ sections }) => sections)];
    const slugs = sections.map((section) => ('slug' in section && section.slug) || slugify(section.name));
    for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN);
    expect(slugs).not.toContain('untitled');
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('translates only published English stories, once per edition, keeping their author and picture', () => {
    const translations = DEMO_EDITION_ARTICLES.filter((article) => article.translationOf !== undefined);
    expect(inEdition('id').filter((a) => a.translationOf).length).toBeGreaterThanOrEqual(4);
    expect(inEdition('ar').filter((a) => a.translationOf).length).toBeGreaterThanOrEqual(2);
    for (const translation of translations) {
      const source = englishByTitle.get(translation.translationOf!);
      expect(source, translation.title).toBeDefined();
      expect(source!.status).toBeUndefined();
      expect(translation.author).toBe(source!.author);
      expect(translation.image?.key).toBe(source!.image?.key);
      expect(minutesAgo(translation), translation.title).toBeLessThan(minutesAgo(source!));
    }
    const pairs = translations.map((t) => `${t.edition} ${t.translationOf}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('credits only authors the newsroom has, with distinct keys, emails and names', () => {
    const authors = [...DEMO_AUTHORS, ...DEMO_EDITION_AUTHORS];
    for (const field of ['key', 'email', 'name'] as const) {
      expect(new Set(authors.map((author) => author[field])).size).toBe(authors.length);
    }
    const keys = authors.map(({ key }) => key);
    for (const article of DEMO_EDITION_ARTICLES) expect(keys, article.title).toContain(article.author);
    const ownStoryAuthors = new Set(
      DEMO_EDITION_ARTICLES.filter((a) => !a.translationOf).map((a) => a.author),
    );
    for (const { key } of DEMO_EDITION_AUTHORS) expect(ownStoryAuthors).toContain(key);
  });

  it('uses unique titles and slugs across every edition', () => {
    const all = [...DEMO_ARTICLES, ...DEMO_EDITION_ARTICLES];
    expect(new Set(all.map(({ title }) => title)).size).toBe(all.length);
    const slugs = all.map(slugOf);
    for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN);
    expect(slugs).not.toContain('untitled');
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('publishes every article in the past with a summary, a safe body and a known picture', () => {
    const imageKeys = DEMO_IMAGES.map(({ key }) => key);
    for (const article of DEMO_EDITION_ARTICLES) {
      expect(article.status, article.title).toBeUndefined();
      expect(article.daysAgo).toBeGreaterThanOrEqual(0);
      expect(article.at).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(article.summary.trim()).not.toBe('');
      expect(article.tags.length).toBeGreaterThan(0);
      expect(article.body.length).toBeGreaterThan(0);
      const html = renderBody(article.body);
      expect(findUnsafeMarkup(html)).toBeNull();
      expect(sanitizeBody(html)).toBe(html);
      if (article.image) expect(imageKeys).toContain(article.image.key);
    }
  });

  it('writes the Arabic edition in Arabic script', () => {
    for (const article of inEdition('ar')) {
      const texts = [article.title, article.summary, renderBody(article.body), ...article.tags];
      for (const text of texts) expect(text, article.title).toMatch(ARABIC_SCRIPT);
      if (article.image) expect(article.image.caption).toMatch(ARABIC_SCRIPT);
    }
    for (const { name } of DEMO_EDITIONS.find(({ tag }) => tag === 'ar')!.sections) {
      expect(name).toMatch(ARABIC_SCRIPT);
    }
  });
});

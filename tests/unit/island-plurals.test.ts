// Readers' pages run no framework in the browser (DESIGN.md §1): after a view or a vote,
// public/islands/article.js writes "Read N times" and "(N votes)" from one template per plural
// category that lib/islands.ts renders on the server. Here, for every count to 250 and some large ones,
// in every shipped language, the island's text equals what next-intl formats on the server.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import ar from '@/lib/i18n/messages/ar.json';
import en from '@/lib/i18n/messages/en.json';
import id from '@/lib/i18n/messages/id.json';
import { formatCount, intlLocaleOf } from '@/lib/i18n/locales';
import { CLOSE_MARK, COUNT_MARK, OPEN_MARK, pluralTemplates } from '@/lib/islands';
import * as island from '@/public/islands/article.js';

const MESSAGES = { en, id, ar };
const COUNTS = [...Array.from({ length: 250 }, (_, n) => n), 1_000, 1_001, 1_102, 12_345, 1_000_000];

describe.each(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])('%s', (locale) => {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Live' });
  const locales = { plural: locale, numbers: intlLocaleOf(locale) };

  it('the island writes every vote count as next-intl does', () => {
    const templates = pluralTemplates(locale, (count, shown) => t('votes', { count, shown }));
    for (const n of COUNTS) {
      expect(island.countText(templates, locales, n), String(n)).toBe(
        t('votes', { count: n, shown: formatCount(n, locale) }),
      );
    }
  });

  it('the island writes every read count as next-intl does, the <views> part marked', () => {
    const views = (chunks: string) => `${OPEN_MARK}${chunks}${CLOSE_MARK}`;
    const templates = pluralTemplates(locale, (count, shown) =>
      t.markup('readTimes', { count, shown, views }),
    );
    for (const n of COUNTS) {
      expect(island.countText(templates, locales, n), String(n)).toBe(
        t.markup('readTimes', { count: n, shown: formatCount(n, locale), views }),
      );
    }
  });
});

it('the server and the island agree on the marks', () => {
  expect([island.COUNT_MARK, island.OPEN_MARK, island.CLOSE_MARK]).toEqual([
    COUNT_MARK,
    OPEN_MARK,
    CLOSE_MARK,
  ]);
});

it('a template has a form for each of the language’s plural categories', () => {
  const arabic = pluralTemplates('ar', (count, shown) => `${count}:${shown}`);
  expect(Object.keys(arabic).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  expect(arabic.few).toBe(`3:${COUNT_MARK}`);
  expect(arabic.many).toBe(`11:${COUNT_MARK}`);
});

// The shipped interface languages: every English key translated (and nothing else), every message
// valid ICU that formats in its language, and the plural forms each language needs.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import ar from '@/lib/i18n/messages/ar.json';
import en from '@/lib/i18n/messages/en.json';
import id from '@/lib/i18n/messages/id.json';
import { ENGLISH_ERROR_WORDS, loadErrorWords } from '@/lib/i18n/error-words';
import {
  DEFAULT_LOCALE,
  formatAverage,
  formatCount,
  hasShippedMessages,
  messagesLocaleOf,
  SHIPPED_LOCALES,
} from '@/lib/i18n/locales';

type Tree = { [key: string]: string | Tree };
const CATALOGUES: Record<string, Tree> = { en, id, ar };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments and tags a message takes: a translation must take the same ones. */
function slots(message: string): string[] {
  const args = [...message.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

// Values for every argument and tag any message uses.
const ARGS = {
  count: 3,
  stars: 3,
  page: 2,
  name: 'Ana',
  site: 'Newsroom',
  query: 'harbour',
  value: 'x',
  title: 'T',
  when: 'later',
  average: '3.5',
  votes: '(3 votes)',
  digest: 'abc',
  shown: '3',
};
const TAGS = Object.fromEntries(
  ['author', 'bdi', 'code', 'link', 'views'].map((tag) => [tag, (chunks: string) => `[${chunks}]`]),
);

function translator(locale: string, namespace?: string) {
  const messages = CATALOGUES[messagesLocaleOf(locale)];
  return createTranslator({ locale: messagesLocaleOf(locale), messages, namespace: namespace as never });
}

describe('shipped interface languages', () => {
  const english = flatten(en);

  it('ships English, Bahasa Indonesia and Arabic, with English the default', () => {
    expect([...SHIPPED_LOCALES].sort()).toEqual(Object.keys(CATALOGUES).sort());
    expect(DEFAULT_LOCALE).toBe('en');
  });

  for (const locale of ['id', 'ar']) {
    it(`${locale} has every English key and no other`, () => {
      const keys = [...flatten(CATALOGUES[locale]).keys()].sort();
      expect(keys).toEqual([...english.keys()].sort());
    });

    it(`${locale} messages take the same arguments and tags as the English ones`, () => {
      const own = flatten(CATALOGUES[locale]);
      for (const [key, message] of english)
        expect([key, slots(own.get(key) ?? '')]).toEqual([key, slots(message)]);
    });
  }

  for (const locale of SHIPPED_LOCALES) {
    it(`every ${locale} message formats, none left blank`, () => {
      const t = translator(locale);
      for (const [key, message] of flatten(CATALOGUES[locale])) {
        expect(message.trim(), key).not.toBe('');
        const text = t.markup(key as never, { ...ARGS, ...TAGS } as never);
        expect(text, key).not.toContain('{');
      }
    });
  }
});

describe('plural forms', () => {
  const votes = (locale: string, count: number) =>
    translator(locale, 'Live')('votes' as never, { count, shown: formatCount(count, locale) } as never);

  it('English: one vote, two votes, and the seed’s "(0 votes)"', () => {
    expect(votes('en', 0)).toBe('(0 votes)');
    expect(votes('en', 1)).toBe('(1 vote)');
    expect(votes('en', 2)).toBe('(2 votes)');
  });

  it('Indonesian: one form for every number', () => {
    expect(votes('id', 1)).toBe('(1 suara)');
    expect(votes('id', 5)).toBe('(5 suara)');
  });

  it('Arabic: zero, one, two, few, many and other, in Latin digits', () => {
    expect(votes('ar', 0)).toBe('(لا أصوات)');
    expect(votes('ar', 1)).toBe('(صوت واحد)');
    expect(votes('ar', 2)).toBe('(صوتان)');
    expect(votes('ar', 3)).toBe('(3 أصوات)');
    expect(votes('ar', 11)).toBe('(11 صوتًا)');
    expect(votes('ar', 100)).toBe('(100 صوت)');
  });

  it('"Read N times" in each language, the number as the language writes it', () => {
    const read = (locale: string, count: number) =>
      translator(locale, 'Live').markup(
        'readTimes' as never,
        {
          count,
          shown: formatCount(count, locale),
          views: (chunks: string) => `[${chunks}]`,
        } as never,
      );
    expect(read('en', 1)).toBe('Read [1] time');
    expect(read('en', 1234)).toBe('Read [1,234] times');
    expect(read('id', 1234)).toBe('Dibaca [1.234] kali');
    expect(read('ar', 2)).toBe('قُرئ [مرتين]');
    expect(read('ar', 1234)).toBe('قُرئ [1,234] مرة');
  });

  it('a star rating in Arabic agrees with its number', () => {
    const mine = (stars: number) => translator('ar', 'Live')('yourRating' as never, { stars } as never);
    expect(mine(1)).toBe('تقييمك: نجمة واحدة.');
    expect(mine(2)).toBe('تقييمك: نجمتان.');
    expect(mine(5)).toBe('تقييمك: 5 نجوم.');
  });

  it('averages keep one decimal, with the language’s separator', () => {
    expect(formatAverage(3.5, 'en')).toBe('3.5');
    expect(formatAverage(4, 'en')).toBe('4.0');
    expect(formatAverage(3.5, 'id')).toBe('3,5');
    expect(formatAverage(3.5, 'ar')).toBe('3.5');
  });
});

describe('a language without shipped messages', () => {
  it('is reported, so the newsroom can warn when such an edition is created', () => {
    expect(hasShippedMessages('en')).toBe(true);
    expect(hasShippedMessages('id-ID')).toBe(true);
    expect(hasShippedMessages('AR')).toBe(true);
    expect(hasShippedMessages('fr')).toBe(false);
    expect(hasShippedMessages('in')).toBe(false);
  });

  it('reads in English', () => {
    expect(messagesLocaleOf('fr')).toBe('en');
    expect(translator('fr', 'Live')('votes' as never, { count: 2, shown: '2' } as never)).toBe('(2 votes)');
    expect(translator('de-CH', 'Article')('printPage' as never)).toBe('Print this page');
  });
});

describe('the error page’s words', () => {
  it('are en.json’s in English, written out so no page carries a whole message file', () => {
    expect(ENGLISH_ERROR_WORDS).toEqual(en.Error);
  });

  it('load for a shipped language, and fall back to English for another', async () => {
    expect(await loadErrorWords('id')).toEqual(id.Error);
    expect(await loadErrorWords('ar')).toEqual(ar.Error);
    expect(await loadErrorWords('fr')).toEqual(en.Error);
    expect(await loadErrorWords('')).toEqual(en.Error);
  });
});

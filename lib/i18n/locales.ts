// Which interface languages ship with Newsroom, and what a page's locale (an edition's BCP 47 tag)
// means for its strings, numbers and dates. Pure: safe in server and client components alike.
// API:
//   DEFAULT_LOCALE → 'en', the locale of every page until editions pass their own
//   hasShippedMessages('id') → true; hasShippedMessages('fr') → false (the page falls back to English)
//   messagesLocaleOf('id-ID') → 'id'; messagesLocaleOf('fr') → 'en'
//   intlLocaleOf('ar') → 'ar-u-nu-latn' (the Intl locale for numbers and dates)

export const SHIPPED_LOCALES = ['en', 'id', 'ar'] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];

export const DEFAULT_LOCALE: ShippedLocale = 'en';

/** The shipped language a tag asks for, by its language subtag: 'id-ID' and 'ID' are Indonesian. */
function shippedLanguageOf(locale: string): ShippedLocale | null {
  const language = locale.split(/[-_]/)[0].toLowerCase();
  return SHIPPED_LOCALES.find((l) => l === language) ?? null;
}

/** Whether Newsroom ships interface strings for this locale; if not, its pages read in English. */
export function hasShippedMessages(locale: string): boolean {
  return shippedLanguageOf(locale) !== null;
}

/** The language a page's interface is written in: the locale's own when shipped, else English. */
export function messagesLocaleOf(locale: string): ShippedLocale {
  return shippedLanguageOf(locale) ?? DEFAULT_LOCALE;
}

// Numbers and dates follow the interface's language, so an English fallback page never shows a
// date in another language. English keeps the seed's British forms ("26 April 2019", "1,234").
// Arabic uses Latin digits: the large pan-Arab news sites (Al Jazeera, Al Arabiya, Asharq Al-Awsat,
// BBC Arabic) print dates, counts and times with them, and readers in the Maghreb use no other.
const INTL_LOCALES: Record<ShippedLocale, string> = { en: 'en-GB', id: 'id-ID', ar: 'ar-u-nu-latn' };

/** The locale to give Intl formatters for a page in `locale`. */
export function intlLocaleOf(locale: string): string {
  return INTL_LOCALES[messagesLocaleOf(locale)];
}

/** A count as the page's language writes it: "1,234" in English, "1.234" in Indonesian. */
export function formatCount(n: number, locale: string): string {
  return n.toLocaleString(intlLocaleOf(locale));
}

/** A rating average with one decimal: "3.5", "3,5" in Indonesian. */
export function formatAverage(n: number, locale: string): string {
  return n.toLocaleString(intlLocaleOf(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

// next-intl's request configuration (next.config.mjs points its plugin here). Every public page
// passes its locale explicitly (getTranslations({ locale, namespace })), and this file never
// reads `requestLocale`: that would read the request's headers and turn every ISR-cached page
// into a per-request render. A locale without shipped messages gets English (locales.ts).
import { getRequestConfig } from 'next-intl/server';
import { newsroomTimeZone } from '@/lib/config';
import { DEFAULT_LOCALE, messagesLocaleOf } from './locales';

export default getRequestConfig(async ({ locale }) => {
  const shipped = messagesLocaleOf(locale ?? DEFAULT_LOCALE);
  return {
    locale: shipped,
    messages: (await import(`./messages/${shipped}.json`)).default,
    timeZone: newsroomTimeZone(),
  };
});

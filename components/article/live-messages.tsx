// The article's live leaves (read count, rating) change their numbers after a vote or a view, so
// they format their own plurals in the browser. They get only the `Live` strings of the page's
// language, not the whole catalogue: the rest of the page is formatted on the server.
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { newsroomTimeZone } from '@/lib/config';
import { messagesLocaleOf } from '@/lib/i18n/locales';

export async function LiveMessages({ locale, children }: { locale: string; children: ReactNode }) {
  const { Live } = await getMessages({ locale });
  return (
    <NextIntlClientProvider
      locale={messagesLocaleOf(locale)}
      messages={{ Live }}
      timeZone={newsroomTimeZone()}
    >
      {children}
    </NextIntlClientProvider>
  );
}

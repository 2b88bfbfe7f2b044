import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { getSections } from './cached';

// Reads only cached data and no request APIs, so the article pages under it stay statically cached.
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const sections = await getSections();
  return (
    <>
      <SkipLink locale={DEFAULT_LOCALE} />
      <SiteHeader sections={sections} locale={DEFAULT_LOCALE} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter sections={sections} locale={DEFAULT_LOCALE} />
    </>
  );
}

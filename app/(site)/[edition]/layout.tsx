import type { ReactNode } from 'react';
import { Document } from '@/components/site/document';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';
import { setPageEdition } from '@/lib/page-edition';
import { getSections } from '@/app/(site)/cached';
import { editionLinks, getEditions, requireEdition } from '@/app/(site)/editions';

// The public site's document, in its edition's language and direction (README "Editions"). Reads
// only cached data and no request APIs, so the article pages under it stay statically cached.
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ edition: string }>;
}) {
  const edition = await requireEdition(params);
  setPageEdition(edition);
  const [sections, editions] = await Promise.all([getSections(edition.id), getEditions()]);
  const switcher = editionLinks(editions, edition);
  return (
    <Document lang={edition.tag} dir={edition.direction}>
      <SkipLink locale={edition.tag} />
      <SiteHeader sections={sections} edition={edition} editions={switcher} locale={edition.tag} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter sections={sections} edition={edition} locale={edition.tag} />
    </Document>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getSections } from '@/app/(site)/cached';
import { Container } from '@/components/site/container';
import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';
import { Document } from '@/components/site/document';
import { editionLinks, getEditions } from '@/app/(site)/editions';

export async function generateMetadata(): Promise<Metadata> {
  const edition = (await getEditions()).find((e) => e.isDefault)!;
  const t = await getTranslations({ locale: edition.tag, namespace: 'NotFound' });
  return { title: t('title'), description: t('description') };
}

// The root boundary sits outside every document layout (app/layout.tsx passes through), so it brings
// the document, in the default edition's language, and the site's header and footer itself.
// No connection() (or any request API) here: this boundary is rendered into EVERY page's tree, so
// it made every ISR page dynamic ("Page changed from static to dynamic at runtime", 500 on each
// article). Sections come from the data cache, whose 60 s revalidate and `sections` tag also
// refresh a build-time copy of this page from the running database.
export default async function NotFound() {
  const editions = await getEditions();
  const edition = editions.find((e) => e.isDefault)!;
  const sections = await getSections(edition.id);
  const locale = edition.tag;
  const switcher = editionLinks(editions, edition);
  return (
    <Document lang={edition.tag} dir={edition.direction}>
      <SkipLink locale={locale} />
      <SiteHeader sections={sections} edition={edition} editions={switcher} locale={locale} />
      <main id="main" tabIndex={-1}>
        <Container>
          <NotFoundContent sections={sections} locale={locale} />
        </Container>
      </main>
      <SiteFooter sections={sections} edition={edition} locale={locale} />
    </Document>
  );
}

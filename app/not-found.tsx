import type { Metadata } from 'next';
import { getSections } from '@/app/(site)/cached';
import { Container } from '@/components/site/container';
import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This page does not exist. Search the site or browse its sections.',
};

// The root boundary sits outside the (site) layout, so it brings the site's header and footer itself.
// No connection() (or any request API) here: this boundary is rendered into EVERY page's tree, so
// it made every ISR page dynamic ("Page changed from static to dynamic at runtime", 500 on each
// article). Sections come from the data cache, whose 60 s revalidate and `sections` tag also
// refresh a build-time copy of this page from the running database.
export default async function NotFound() {
  const sections = await getSections();
  return (
    <>
      <SkipLink />
      <SiteHeader sections={sections} />
      <main id="main" tabIndex={-1}>
        <Container>
          <NotFoundContent sections={sections} />
        </Container>
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}

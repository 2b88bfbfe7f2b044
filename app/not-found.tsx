import type { Metadata } from 'next';
import { connection } from 'next/server';
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
// Rendered per request: a build-time copy would list the build machine's sections.
export default async function NotFound() {
  await connection();
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

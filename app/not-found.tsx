import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getSections } from '@/app/(site)/cached';
import { Container } from '@/components/site/container';
import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'NotFound' });
  return { title: t('title'), description: t('description') };
}

// The root boundary sits outside the (site) layout, so it brings the site's header and footer itself.
// No connection() (or any request API) here: this boundary is rendered into EVERY page's tree, so
// it made every ISR page dynamic ("Page changed from static to dynamic at runtime", 500 on each
// article). Sections come from the data cache, whose 60 s revalidate and `sections` tag also
// refresh a build-time copy of this page from the running database.
export default async function NotFound() {
  const sections = await getSections();
  const locale = DEFAULT_LOCALE;
  return (
    <>
      <SkipLink locale={locale} />
      <SiteHeader sections={sections} locale={locale} />
      <main id="main" tabIndex={-1}>
        <Container>
          <NotFoundContent sections={sections} locale={locale} />
        </Container>
      </main>
      <SiteFooter sections={sections} locale={locale} />
    </>
  );
}

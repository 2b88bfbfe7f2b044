// An edition's 404 page, at `/<tag>/_not-found` (the folder's `%5F` is an underscore in the URL), as
// `/_not-found` is the default edition's. Next 16 answers a notFound() with an empty error shell
// (README "Site"), which `npm start` swaps for a readable 404 page: for a path under an edition's
// prefix it fetches this one, so a missing article under /ar is a 404 in Arabic, right to left, with
// that edition's header, sections and search (scripts/readable-not-found.mjs). The server answers
// this address itself with status 404 (scripts/finish-html.mjs), so it is never a page of its own.
// Cached like the front page; the sections come from the data cache and its `sections` tag.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getSections } from '@/app/(site)/cached';
import { requireEdition } from '@/app/(site)/editions';
import { Container } from '@/components/site/container';
import { NotFoundContent } from '@/components/site/not-found-content';
import { setPageEdition } from '@/lib/page-edition';

export const dynamicParams = true;
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await requireEdition(params);
  const t = await getTranslations({ locale: edition.tag, namespace: 'NotFound' });
  return { title: t('title'), description: t('description'), robots: { index: false } };
}

export default async function EditionNotFoundPage({ params }: Props) {
  const edition = await requireEdition(params);
  setPageEdition(edition);
  const sections = await getSections(edition.id);
  return (
    <Container>
      <NotFoundContent sections={sections} locale={edition.tag} />
    </Container>
  );
}

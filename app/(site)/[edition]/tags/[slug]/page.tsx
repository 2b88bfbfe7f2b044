import type { Metadata } from 'next';
import { requireEdition } from '@/app/(site)/editions';
import { editionPath } from '@/lib/editions';
import { setPageEdition } from '@/lib/page-edition';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-card/article-list';
import { BreadcrumbsJsonLd } from '@/components/site/breadcrumbs-json-ld';
import { Container } from '@/components/site/container';
import { PageHeader } from '@/components/site/page-header';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
import { getTag, getTagArticles } from '@/app/(site)/cached';
import { feedAlternate } from '@/app/(site)/feeds';
import {
  pageSuffix,
  pageWindow,
  requirePage,
  requirePageInRange,
  type ListSearchParams,
} from '@/app/(site)/paging';

type Props = { params: Promise<{ slug: string; edition: string }>; searchParams: ListSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const [tag, edition] = await Promise.all([getTag(slug), requireEdition(params)]);
  // A 404 decided here too, so a missing page never gets the title of a real one. A tag belongs
  // to one edition: under another edition's prefix it is not there.
  if (!tag || tag.editionId !== edition.id) notFound();
  const n = requirePage(page);
  requirePageInRange(n, (await getTagArticles(tag.id, pageWindow(n))).total);
  return {
    title: `${tag.name}${pageSuffix(n)}`,
    description: `Articles about ${tag.name} from ${SITE_NAME}.`,
    alternates: {
      canonical: editionPath(edition, n > 1 ? `/tags/${slug}?page=${n}` : `/tags/${slug}`),
      types: feedAlternate(editionPath(edition, `/tags/${slug}/feed.xml`), `${SITE_NAME}: ${tag.name}`),
    },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const [tag, edition] = await Promise.all([getTag(slug), requireEdition(params)]);
  if (!tag || tag.editionId !== edition.id) notFound();
  setPageEdition(edition);
  const n = requirePage(page);
  const { items, total } = await getTagArticles(tag.id, pageWindow(n));
  const pages = requirePageInRange(n, total);

  return (
    <Container>
      <BreadcrumbsJsonLd
        crumbs={[
          { name: SITE_NAME, path: editionPath(edition, '/') },
          { name: tag.name, path: editionPath(edition, `/tags/${tag.slug}`) },
        ]}
      />
      <PageHeader
        kicker="Topic"
        title={tag.name}
        description={
          <p>
            {total === 1 ? '1 article' : `${total} articles`} tagged {tag.name}.
          </p>
        }
      />
      <ArticleList articles={items} variant="row" layout="stack" headingLevel={2} />
      <Pagination page={n} pageCount={pages} basePath={editionPath(edition, `/tags/${tag.slug}`)} />
    </Container>
  );
}

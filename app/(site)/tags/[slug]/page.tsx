import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-card/article-list';
import { BreadcrumbsJsonLd } from '@/components/site/breadcrumbs-json-ld';
import { Container } from '@/components/site/container';
import { PageHeader } from '@/components/site/page-header';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
import { getTag, getTagArticles } from '../../cached';
import { feedAlternate } from '../../feeds';
import { pageSuffix, pageWindow, requirePage, requirePageInRange, type ListSearchParams } from '../../paging';

type Props = { params: Promise<{ slug: string }>; searchParams: ListSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const tag = await getTag(slug);
  // A 404 decided here too, so a missing page never gets the title of a real one.
  if (!tag) notFound();
  const n = requirePage(page);
  requirePageInRange(n, (await getTagArticles(tag.id, pageWindow(n))).total);
  return {
    title: `${tag.name}${pageSuffix(n)}`,
    description: `Articles about ${tag.name} from ${SITE_NAME}.`,
    alternates: {
      canonical: n > 1 ? `/tags/${slug}?page=${n}` : `/tags/${slug}`,
      types: feedAlternate(`/tags/${slug}/feed.xml`, `${SITE_NAME}: ${tag.name}`),
    },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const tag = await getTag(slug);
  if (!tag) notFound();
  const n = requirePage(page);
  const { items, total } = await getTagArticles(tag.id, pageWindow(n));
  const pages = requirePageInRange(n, total);

  return (
    <Container>
      <BreadcrumbsJsonLd
        crumbs={[
          { name: SITE_NAME, path: '/' },
          { name: tag.name, path: `/tags/${tag.slug}` },
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
      <Pagination page={n} pageCount={pages} basePath={`/tags/${tag.slug}`} />
    </Container>
  );
}

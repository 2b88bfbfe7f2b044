import type { Metadata } from 'next';
import { requireEdition } from '@/app/(site)/editions';
import { editionPath } from '@/lib/editions';
import { setPageEdition } from '@/lib/page-edition';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article-card/article-list';
import { AuthorBlock } from '@/components/author/author-block';
import { BreadcrumbsJsonLd } from '@/components/site/breadcrumbs-json-ld';
import { Container } from '@/components/site/container';
import { SITE_NAME } from '@/components/site/site-config';
import { Pagination } from '@/components/pagination/pagination';
import { bdi } from '@/components/i18n/bdi';
import { getAuthor, getAuthorArticles } from '@/app/(site)/cached';
import { feedAlternate } from '@/app/(site)/feeds';
import {
  pageSuffix,
  pageWindow,
  requirePage,
  requirePageInRange,
  type ListSearchParams,
} from '@/app/(site)/paging';
import styles from '@/app/(site)/list-page.module.css';

type Props = { params: Promise<{ slug: string; edition: string }>; searchParams: ListSearchParams };

async function describe(bio: string, name: string, locale: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Lists' });
  if (!bio) return t('authorDescription', { name, site: SITE_NAME });
  return bio.length > 160 ? `${bio.slice(0, 157).trimEnd()}…` : bio;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const [author, edition] = await Promise.all([getAuthor(slug), requireEdition(params)]);
  // A 404 decided here too, so a missing page never gets the title of a real one.
  if (!author) notFound();
  const n = requirePage(page);
  requirePageInRange(n, (await getAuthorArticles(author.id, edition.id, pageWindow(n))).total);
  const site = await getTranslations({ locale: edition.tag, namespace: 'Site' });
  return {
    title: `${author.name}${await pageSuffix(n, edition.tag)}`,
    description: await describe(author.bio, author.fullName || author.name, edition.tag),
    alternates: {
      canonical: editionPath(edition, n > 1 ? `/authors/${slug}?page=${n}` : `/authors/${slug}`),
      types: feedAlternate(
        editionPath(edition, `/authors/${slug}/feed.xml`),
        site('feedTitleOf', { site: SITE_NAME, name: author.name }),
      ),
    },
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const [author, edition] = await Promise.all([getAuthor(slug), requireEdition(params)]);
  if (!author) notFound();
  setPageEdition(edition);
  const n = requirePage(page);
  const { items, total } = await getAuthorArticles(author.id, edition.id, pageWindow(n));
  const pages = requirePageInRange(n, total);
  const locale = edition.tag;
  const t = await getTranslations({ locale, namespace: 'Lists' });

  return (
    <Container>
      <BreadcrumbsJsonLd
        crumbs={[
          { name: SITE_NAME, path: editionPath(edition, '/') },
          { name: author.name, path: editionPath(edition, `/authors/${author.slug}`) },
        ]}
      />
      <AuthorBlock author={author} headingLevel={1} showLink={false} locale={locale} />
      <section className={styles.listSection} aria-labelledby="author-articles">
        <h2 id="author-articles" className={`rule-heading ${styles.listHeading}`}>
          {t.rich('articlesBy', { name: author.name, bdi })}
          {total > 0 ? <span className={styles.count}> ({total})</span> : null}
        </h2>
        <ArticleList
          articles={items}
          variant="row"
          layout="stack"
          headingLevel={3}
          emptyMessage={t.rich('authorEmpty', { name: author.name, bdi })}
          locale={locale}
        />
      </section>
      <Pagination
        page={n}
        pageCount={pages}
        basePath={editionPath(edition, `/authors/${author.slug}`)}
        locale={locale}
      />
    </Container>
  );
}

import type { Metadata } from 'next';
import { ArticleCard } from '@/components/article-card/article-card';
import { ArticleList } from '@/components/article-card/article-list';
import { SITE_DESCRIPTION, SITE_NAME } from '@/components/site/site-config';
import { Container } from '@/components/site/container';
import { notFound } from 'next/navigation';
import { getLatest, getSectionArticles, getSections } from '../../cached';
import { MostRead } from '@/components/article/most-read';
import { getMostRead } from '../../most-read';
import styles from './front-page.module.css';

// The front page, served at `/` through a rewrite in next.config.mjs. It lives under a dynamic
// segment with no static params so that it is rendered on its first request and then cached (ISR)
// like an article: a page at `/` itself would be prerendered by `next build` from whatever database
// the build machine had (empty on a fresh start). Publishing expires it through the `front` and
// `lists` tags; the 60 s revalidate of its data bounds how late a scheduled article appears.
export const dynamicParams = true;
export const revalidate = 60;

export async function generateStaticParams() {
  return [];
}

const EDITION = 'latest';

export const metadata: Metadata = {
  title: { absolute: `${SITE_NAME}: news, analysis and features` },
  description: SITE_DESCRIPTION,
  // A page's alternates replace the root layout's, so the feed link is repeated here.
  alternates: {
    canonical: '/',
    types: { 'application/rss+xml': [{ url: '/feed.xml', title: `${SITE_NAME}: latest` }] },
  },
};

const LATEST = 7;
const PER_SECTION = 4;

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== EDITION) notFound();
  const [latest, sections, mostRead] = await Promise.all([
    getLatest({ limit: LATEST, offset: 0, counted: false }),
    getSections(),
    getMostRead(),
  ]);
  // Blocks skip the stories already at the top, so the page never shows one story twice.
  const shown = new Set(latest.items.map((a) => a.id));
  const blocks = await Promise.all(
    sections.map(async (section) => {
      // No count (issue 9): whether the section has more than the block shows is whether more came back.
      const { items } = await getSectionArticles(section.id, {
        limit: PER_SECTION + LATEST,
        offset: 0,
        counted: false,
      });
      const block = items.filter((a) => !shown.has(a.id)).slice(0, PER_SECTION);
      return { section, more: items.length > block.length, items: block };
    }),
  );
  const [lead, ...rest] = latest.items;

  return (
    <Container>
      <h1 className="visually-hidden">{SITE_NAME}: front page</h1>
      {lead ? (
        <div className={styles.top}>
          <section className={styles.lead} aria-labelledby="lead-story">
            <h2 id="lead-story" className="visually-hidden">
              Lead story
            </h2>
            <ArticleCard article={lead} variant="lead" headingLevel={3} priority />
          </section>
          <section className={styles.latest} aria-labelledby="latest-heading">
            <h2 id="latest-heading" className={styles.railHeading}>
              Latest
            </h2>
            <ArticleList articles={rest} variant="compact" layout="stack" />
          </section>
        </div>
      ) : (
        <p className={styles.empty}>Nothing has been published yet. Check back soon.</p>
      )}

      {blocks
        .filter((b) => b.items.length > 0)
        .map(({ section, items, more }) => (
          <section key={section.id} className={styles.block} aria-labelledby={`section-${section.slug}`}>
            <header className={styles.blockHeader}>
              <h2 id={`section-${section.slug}`} className={`rule-heading ${styles.blockHeading}`}>
                <a href={`/sections/${section.slug}`}>{section.name}</a>
              </h2>
              {more ? (
                <a className={styles.more} href={`/sections/${section.slug}`}>
                  More in {section.name} <span aria-hidden="true">→</span>
                </a>
              ) : null}
            </header>
            <ul className={styles.blockGrid}>
              {items.map((article, i) => (
                <li key={article.id} className={i === 0 ? styles.blockFeature : undefined}>
                  <ArticleCard article={article} variant={i === 0 ? 'feature' : 'text'} showSection={false} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      <MostRead {...mostRead} />
    </Container>
  );
}

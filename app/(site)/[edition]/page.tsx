import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/article-card/article-card';
import { ArticleList } from '@/components/article-card/article-list';
import { SITE_DESCRIPTION, SITE_NAME } from '@/components/site/site-config';
import { Container } from '@/components/site/container';
import { getLatest, getSectionArticles, getSections } from '@/app/(site)/cached';
import { MostRead } from '@/components/article/most-read';
import { getMostReadLabels } from '@/components/article/most-read-labels';
import { bdi } from '@/components/i18n/bdi';
import { getMostRead } from '@/app/(site)/most-read';
import { requireEdition } from '@/app/(site)/editions';
import { editionPath } from '@/lib/editions';
import { pagePath, setPageEdition } from '@/lib/page-edition';
import styles from './front-page.module.css';

// An edition's front page: `/` for the default edition (rewritten to `/default` in next.config.mjs),
// `/<tag>` for another. It lives under a dynamic segment with no static params so that it is rendered
// on its first request and then cached (ISR) like an article: a page at `/` itself would be
// prerendered by `next build` from whatever database the build machine had (empty on a fresh start). Publishing expires it through the `front` and
// `lists` tags; the 60 s revalidate of its data bounds how late a scheduled article appears.
export const dynamicParams = true;
export const revalidate = 60;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await requireEdition(params);
  const [front, site] = await Promise.all([
    getTranslations({ locale: edition.tag, namespace: 'Front' }),
    getTranslations({ locale: edition.tag, namespace: 'Site' }),
  ]);
  return {
    title: { absolute: front('title', { site: SITE_NAME }) },
    description: SITE_DESCRIPTION,
    // A page's alternates replace the root layout's, so the feed link is repeated here.
    alternates: {
      canonical: editionPath(edition, '/'),
      types: {
        'application/rss+xml': [
          { url: editionPath(edition, '/feed.xml'), title: site('feedTitleLatest', { site: SITE_NAME }) },
        ],
      },
    },
  };
}

const LATEST = 7;
const PER_SECTION = 4;

export default async function FrontPage({ params }: Props) {
  const edition = await requireEdition(params);
  setPageEdition(edition);
  const locale = edition.tag;
  const [t, lists, mostReadLabels] = await Promise.all([
    getTranslations({ locale, namespace: 'Front' }),
    getTranslations({ locale, namespace: 'Lists' }),
    getMostReadLabels(locale),
  ]);
  const [latest, sections, mostRead] = await Promise.all([
    getLatest(edition.id, { limit: LATEST, offset: 0, counted: false }),
    getSections(edition.id),
    getMostRead(edition.id),
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
      <h1 className="visually-hidden">{t('heading', { site: SITE_NAME })}</h1>
      {lead ? (
        <div className={styles.top}>
          <section className={styles.lead} aria-labelledby="lead-story">
            <h2 id="lead-story" className="visually-hidden">
              {t('leadStory')}
            </h2>
            <ArticleCard article={lead} variant="lead" headingLevel={3} priority locale={locale} />
          </section>
          <section className={styles.latest} aria-labelledby="latest-heading">
            <h2 id="latest-heading" className={styles.railHeading}>
              {t('latest')}
            </h2>
            <ArticleList
              articles={rest}
              variant="compact"
              layout="stack"
              locale={locale}
              emptyMessage={lists('empty')}
            />
          </section>
        </div>
      ) : (
        <p className={styles.empty}>{t('empty')}</p>
      )}

      {blocks
        .filter((b) => b.items.length > 0)
        .map(({ section, items, more }) => (
          <section key={section.id} className={styles.block} aria-labelledby={`section-${section.slug}`}>
            <header className={styles.blockHeader}>
              <h2 id={`section-${section.slug}`} className={`rule-heading ${styles.blockHeading}`}>
                <a href={pagePath(`/sections/${section.slug}`)}>{section.name}</a>
              </h2>
              {more ? (
                <a className={styles.more} href={pagePath(`/sections/${section.slug}`)}>
                  {t.rich('moreIn', { name: section.name, bdi })}{' '}
                  <span aria-hidden="true" className={styles.arrow}>
                    →
                  </span>
                </a>
              ) : null}
            </header>
            <ul className={styles.blockGrid}>
              {items.map((article, i) => (
                <li key={article.id} className={i === 0 ? styles.blockFeature : undefined}>
                  <ArticleCard
                    article={article}
                    variant={i === 0 ? 'feature' : 'text'}
                    showSection={false}
                    locale={locale}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      <MostRead {...mostRead} labels={mostReadLabels} prefix={editionPath(edition, '')} />
    </Container>
  );
}

// "Most read" below the article. The article's HTML is cached for an hour (ISR), the lists change
// every few minutes, so public/islands/article.js fetches them after load from GET /most-read.json
// (cached, the same for every article) and builds the block here, instead of freezing them into each
// page. Without JavaScript the block is simply absent: the front page has it in its HTML, and the
// article reads the same either way.
import { articlePath, type MostReadLabels } from './types';
import styles from './most-read.module.css';

/** `edition`: another edition's tag (null for the default), `prefix` its path prefix ("" or "/id"). */
export function MostReadLive({
  edition,
  prefix,
  labels,
}: {
  edition: string | null;
  prefix: string;
  labels: MostReadLabels;
}) {
  const url = edition === null ? '/most-read.json' : `/most-read.json?edition=${encodeURIComponent(edition)}`;
  // The island's MostReadConfig; the classes are the ones MostRead (most-read.tsx) renders with.
  const config = {
    url,
    articleBase: prefix + articlePath(''),
    labels,
    classes: {
      section: `${styles.mostRead} ${styles.belowArticle}`,
      lists: styles.lists,
      heading: styles.heading,
      list: styles.list,
    },
  };
  return <div data-most-read={JSON.stringify(config)} />;
}

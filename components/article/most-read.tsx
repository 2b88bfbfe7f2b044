import { articlePath, type MostReadLabels, type MostReadLink } from './types';
import styles from './most-read.module.css';

/**
 * "Most read" today and this week; a list is left out while it is empty. The front page renders it
 * here; below an article public/islands/article.js builds the same markup in the browser from
 * most-read-live.tsx's classes, so its words come in as `labels` and its edition as `prefix` (the
 * path prefix: "" for the default edition, "/id").
 */
export function MostRead({
  today,
  week,
  prefix,
  labels,
  className,
}: {
  today: MostReadLink[];
  week: MostReadLink[];
  prefix: string;
  labels: MostReadLabels;
  className?: string;
}) {
  if (today.length === 0 && week.length === 0) return null;
  return (
    <section
      aria-labelledby="most-read"
      className={`${styles.mostRead} ${className ?? ''}`}
      data-print="hide"
    >
      <h2 id="most-read" className="rule-heading">
        {labels.title}
      </h2>
      <div className={styles.lists}>
        <Ranked title={labels.today} id="most-read-today" entries={today} prefix={prefix} />
        <Ranked title={labels.week} id="most-read-week" entries={week} prefix={prefix} />
      </div>
    </section>
  );
}

type RankedProps = { title: string; id: string; entries: MostReadLink[]; prefix: string };

function Ranked({ title, id, entries, prefix }: RankedProps) {
  if (entries.length === 0) return null;
  return (
    <div>
      <h3 id={id} className={styles.heading}>
        {title}
      </h3>
      <ol aria-labelledby={id} className={styles.list}>
        {entries.map((e) => (
          <li key={e.id}>
            <a href={prefix + articlePath(e.slug)}>{e.title}</a>
          </li>
        ))}
      </ol>
    </div>
  );
}

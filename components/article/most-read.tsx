import { articlePath, type MostReadLink } from './types';
import styles from './most-read.module.css';

/** "Most read" today and this week; a list is left out while it is empty. */
export function MostRead({
  today,
  week,
  className,
}: {
  today: MostReadLink[];
  week: MostReadLink[];
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
        Most read
      </h2>
      <div className={styles.lists}>
        <Ranked title="Today" id="most-read-today" entries={today} />
        <Ranked title="This week" id="most-read-week" entries={week} />
      </div>
    </section>
  );
}

function Ranked({ title, id, entries }: { title: string; id: string; entries: MostReadLink[] }) {
  if (entries.length === 0) return null;
  return (
    <div>
      <h3 id={id} className={styles.heading}>
        {title}
      </h3>
      <ol aria-labelledby={id} className={styles.list}>
        {entries.map((e) => (
          <li key={e.id}>
            <a href={articlePath(e.slug)}>{e.title}</a>
          </li>
        ))}
      </ol>
    </div>
  );
}

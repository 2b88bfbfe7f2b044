import Link from 'next/link';
import { articlePath, type MostReadLink } from './types';
import styles from './most-read.module.css';

/**
 * "Most read" today and this week; a list is left out while it is empty. `prefix` is the edition's
 * path prefix ("" or "/id"): the block is also drawn in the browser, where no page edition is set.
 */
export function MostRead({
  today,
  week,
  prefix,
  className,
}: {
  today: MostReadLink[];
  week: MostReadLink[];
  prefix: string;
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
        <Ranked title="Today" id="most-read-today" entries={today} prefix={prefix} />
        <Ranked title="This week" id="most-read-week" entries={week} prefix={prefix} />
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
            <Link href={prefix + articlePath(e.slug)}>{e.title}</Link>
          </li>
        ))}
      </ol>
    </div>
  );
}

import type { Edition } from '@/db/types';
import styles from './edition-choice.module.css';

/**
 * "Written in: English · Bahasa Indonesia · العربية" above a new article: plain links, so the choice
 * reloads the form with that edition's sections. Nothing to choose with one edition.
 */
export function EditionChoice({ editions, current }: { editions: Edition[]; current: number }) {
  if (editions.length < 2) return null;
  return (
    <nav className={styles.choice} aria-label="Edition">
      <span className={styles.label}>Written in:</span>
      <ul className={styles.list}>
        {editions.map((e) => (
          <li key={e.id}>
            <a
              href={`/newsroom/articles/new${e.isDefault ? '' : `?edition=${encodeURIComponent(e.tag)}`}`}
              lang={e.tag}
              aria-current={e.id === current ? 'page' : undefined}
            >
              {e.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

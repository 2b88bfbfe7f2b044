import styles from './edition-switcher.module.css';

/** One edition as the switcher shows it: its name in its own language, and its front page. */
export type EditionLink = { tag: string; name: string; href: string; current: boolean };

/**
 * Links to every edition's front page, each name in its own language and script (`lang` on each,
 * so a screen reader says it in that language). Nothing to switch with fewer than two editions.
 */
export function EditionSwitcher({ editions, label }: { editions: EditionLink[]; label: string }) {
  if (editions.length < 2) return null;
  return (
    <nav className={styles.switcher} aria-label={label}>
      <ul className={styles.list}>
        {editions.map((e) => (
          <li key={e.tag}>
            <a href={e.href} lang={e.tag} hrefLang={e.tag} aria-current={e.current ? 'true' : undefined}>
              {e.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

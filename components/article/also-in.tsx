import { editionPath } from '@/lib/editions';
import type { StoryTelling } from '@/db/types';
import { articlePath } from './types';
import styles from './also-in.module.css';

/**
 * "Also in: Bahasa Indonesia · العربية": the story's other editions, each named in its own language
 * and script (`lang` on each link, so it is read and shaped as that language).
 */
export function AlsoIn({
  tellings,
  currentId,
  label,
}: {
  tellings: StoryTelling[];
  currentId: number;
  label: string;
}) {
  const others = tellings.filter((t) => t.articleId !== currentId);
  if (others.length === 0) return null;
  return (
    <nav className={styles.alsoIn} aria-label={label} data-print="hide">
      <span className={styles.label}>{label}:</span>{' '}
      {others.map((t, i) => (
        <span key={t.articleId}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          <a href={editionPath(t.edition, articlePath(t.slug))} lang={t.edition.tag} hrefLang={t.edition.tag}>
            {t.edition.name}
          </a>
        </span>
      ))}
    </nav>
  );
}

/** hreflang alternates for every telling, and x-default: the default edition's, else the source's. */
export function hreflangAlternates(
  tellings: StoryTelling[],
  storyId: number,
): Record<string, string> | undefined {
  if (tellings.length < 2) return undefined;
  const languages: Record<string, string> = {};
  for (const t of tellings) languages[t.edition.tag] = editionPath(t.edition, articlePath(t.slug));
  const fallback = tellings.find((t) => t.edition.isDefault) ?? tellings.find((t) => t.articleId === storyId);
  if (fallback) languages['x-default'] = editionPath(fallback.edition, articlePath(fallback.slug));
  return languages;
}

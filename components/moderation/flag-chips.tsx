// A vote's flags as chips, each linking to its rule in words on the same page.
import type { FlagKind } from '@/db/types';
import type { FlagText } from './types';
import styles from './chips.module.css';

export function FlagChips({ flags, labels }: { flags: FlagKind[]; labels: FlagText }) {
  if (flags.length === 0) return <span className={styles.muted}>None</span>;
  return (
    <ul className={styles.chips}>
      {flags.map((flag) => (
        <li key={flag} className={styles.chip}>
          <a href={`#rule-${flag}`}>{labels[flag]}</a>
        </li>
      ))}
    </ul>
  );
}

/** Every rule in words, with how many counted votes of this article it raised. */
export function FlagRules({
  labels,
  rules,
  counts,
}: {
  labels: FlagText;
  rules: FlagText;
  counts?: Record<FlagKind, number>;
}) {
  return (
    <ul className={styles.rules}>
      {(Object.keys(rules) as FlagKind[]).map((flag) => (
        <li key={flag} id={`rule-${flag}`}>
          <strong>
            {labels[flag]}
            {counts ? ` (${counts[flag]})` : ''}:
          </strong>
          {rules[flag]}
        </li>
      ))}
    </ul>
  );
}

// The editor's "Translations" panel: the story's other editions (each opens its editor) and, when an
// edition is still without this story, "Translate into …". Not shown with one edition.
import Link from 'next/link';
import type { Edition, StoryArticle } from '@/db/types';
import type { FormAction } from '@/lib/form-state';
import { STATE_LABELS } from '@/components/newsroom/dashboard-status';
import { TranslateForm } from './translate-form';
import panel from './editor-panels.module.css';
import styles from './translation.module.css';

type Props = { others: StoryArticle[]; targets: Edition[]; translate: FormAction };

export function TranslationsPanel({ others, targets, translate }: Props) {
  return (
    <section className={panel.panel} aria-labelledby="translations-heading">
      <h2 id="translations-heading" className={panel.heading}>
        Translations
      </h2>
      {others.length > 0 ? (
        <ul className={styles.tellings}>
          {others.map((t) => (
            <li key={t.id}>
              <Link href={`/newsroom/articles/${t.id}`} lang={t.editionTag}>
                {t.editionName}
              </Link>{' '}
              <span className={panel.muted}>({STATE_LABELS[t.state].toLowerCase()})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className={panel.muted}>Not translated yet.</p>
      )}
      {targets.length > 0 && (
        <TranslateForm action={translate} targets={targets.map(({ id, tag, name }) => ({ id, tag, name }))} />
      )}
    </section>
  );
}

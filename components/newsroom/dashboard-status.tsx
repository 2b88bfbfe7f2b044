import type { ArticleState } from '@/db/types';
import styles from './dashboard.module.css';

export const STATE_LABELS: Record<ArticleState, string> = {
  draft: 'Draft',
  review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
};

/** The state as a word (never colour alone), with a tint that tells them apart at a glance. */
export function DashboardStatus({ state }: { state: ArticleState }) {
  return (
    <span className={styles.status} data-state={state}>
      {STATE_LABELS[state]}
    </span>
  );
}

import styles from './dashboard.module.css';

export type DashboardState = 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';

export const STATE_LABELS: Record<DashboardState, string> = {
  draft: 'Draft',
  review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
};

/** The state as a word (never colour alone), with a tint that tells them apart at a glance. */
export function DashboardStatus({ state }: { state: DashboardState }) {
  return (
    <span className={styles.status} data-state={state}>
      {STATE_LABELS[state]}
    </span>
  );
}

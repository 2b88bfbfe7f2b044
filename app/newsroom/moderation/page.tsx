// Moderation console (admins only): articles by rating activity, the suspicious first.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireActor } from '@/auth';
import { listArticlesByRatingActivity } from '@/db/moderation/console';
import { FLAG_LABELS, FLAG_RULE_TEXT } from '@/db/moderation/flags';
import { ActivityTable } from '@/components/moderation/activity-table';
import { FlagRules } from '@/components/moderation/flag-chips';
import styles from '@/components/moderation/moderation.module.css';

export const metadata: Metadata = { title: 'Moderation', robots: { index: false } };

export default async function ModerationPage() {
  const actor = await requireActor('admin');
  const rows = listArticlesByRatingActivity(actor);
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1>Rating moderation</h1>
        <Link href="/newsroom/moderation/log">Moderation log</Link>
      </div>
      <p className={styles.lede}>
        Every article with votes. Flagged votes are counted votes from the last seven days that one of the
        rules below raised; open an article to see its votes, remove fraud, reset or close its rating.
      </p>
      <ActivityTable rows={rows} />
      <section className={styles.section} aria-labelledby="rules-heading">
        <h2 id="rules-heading">How votes are flagged</h2>
        <FlagRules labels={FLAG_LABELS} rules={FLAG_RULE_TEXT} />
      </section>
    </div>
  );
}

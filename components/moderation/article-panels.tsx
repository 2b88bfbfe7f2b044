// The action panels of an article's moderation page: server-rendered forms around the actions,
// which the page passes in.
import type { VoteRow } from '@/db/types';
import { ActionForm } from './action-form';
import type { FormAction } from './types';
import styles from './article-panels.module.css';

export function ArticleActions({
  articleId,
  locked,
  action,
}: {
  articleId: number;
  locked: boolean;
  action: FormAction;
}) {
  // Closing and reopening share one slot, so the form (and its message) survives the swap.
  const panel = (key: string, title: string, text: string, operation: string, submit: string) => (
    <div className={styles.panel} key={operation === 'lock' || operation === 'unlock' ? 'rating-state' : key}>
      <h3>{title}</h3>
      <p>{text}</p>
      <ActionForm
        action={action}
        id={key}
        hidden={{ articleId, operation }}
        submitLabel={submit}
        reason={{ label: `Reason to ${submit.toLowerCase()}` }}
      />
    </div>
  );
  return (
    <div className={styles.panels}>
      {locked
        ? panel('unlock', 'Reopen ratings', 'Readers can vote again.', 'unlock', 'Reopen ratings')
        : panel(
            'lock',
            'Close ratings',
            'The page keeps showing the average but takes no more votes, and says so.',
            'lock',
            'Close ratings',
          )}
      {panel(
        'reset-rating',
        'Reset rating',
        'Removes every counted vote on this article. They stay as removed rows and can be restored from the log.',
        'reset-rating',
        'Reset rating',
      )}
      {panel(
        'reset-views',
        'Reset view count',
        'Sets the views to zero and clears the per-day counts. The log keeps the old numbers for an undo.',
        'reset-views',
        'Reset views',
      )}
    </div>
  );
}

export function VoteActions({
  voteId,
  vote,
  action,
}: {
  voteId: number;
  vote: VoteRow | null;
  action: FormAction;
}) {
  const who = vote ? ` (reader ${vote.reader}, address ${vote.address})` : '';
  return (
    <div className={styles.panel} id="moderate-vote" tabIndex={-1}>
      <h3>
        Moderate vote #{voteId}
        {who}
      </h3>
      <ActionForm action={action} id={`vote-${voteId}`} hidden={{ voteId }} submitLabel="Remove votes">
        <div className={styles.field}>
          <label htmlFor={`vote-${voteId}-scope`}>Which votes to remove</label>
          <select id={`vote-${voteId}-scope`} name="scope" defaultValue="vote">
            <option value="vote">Only this vote</option>
            <option value="reader-article">All votes of this reader on this article</option>
            <option value="reader-site">All votes of this reader on every article</option>
            <option value="address-article">All votes from this address on this article</option>
            <option value="address-site">All votes from this address on every article</option>
          </select>
        </div>
      </ActionForm>
    </div>
  );
}

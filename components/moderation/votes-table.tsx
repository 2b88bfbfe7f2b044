// An article's votes. Each row links to its own action panel (?vote=id), so the page stays one form
// per action and works without JavaScript.
import { formatPublishDate, isoInstant } from '@/components/dates';
import type { VoteRow } from '@/db/types';
import { FlagChips } from './flag-chips';
import type { FlagText } from './types';
import styles from './tables.module.css';

type Props = {
  votes: VoteRow[];
  labels: FlagText;
  timeZone: string;
  selectedId: number | null;
  linkFor: (voteId: number) => string;
};

export function VotesTable({ votes, labels, timeZone, selectedId, linkFor }: Props) {
  if (votes.length === 0) return <p className={styles.muted}>No votes match these filters.</p>;
  return (
    <div className={styles.scroll} role="region" aria-label="Votes table" tabIndex={0}>
      <table className={styles.table}>
        <caption>Votes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col" className={styles.number}>
              Stars
            </th>
            <th scope="col">Reader</th>
            <th scope="col">Address</th>
            <th scope="col">Browser</th>
            <th scope="col">Saw page</th>
            <th scope="col">Flags</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {votes.map((v) => (
            <tr key={v.id} data-removed={v.removedAt !== null} data-selected={v.id === selectedId}>
              <td>
                <time dateTime={isoInstant(v.votedAt)}>{formatPublishDate(v.votedAt, timeZone)}</time>
              </td>
              <td className={styles.number}>{v.stars}</td>
              <td className={styles.mono}>{v.reader}</td>
              <td className={styles.mono}>{v.address}</td>
              <td>{v.userAgentFamily || 'Unknown'}</td>
              <td>{v.sawPage ? 'Yes' : 'No'}</td>
              <td>
                <FlagChips flags={v.flags} labels={labels} />
              </td>
              <td>{v.removedAt === null ? 'Counted' : `Removed (action #${v.removedByActionId})`}</td>
              <td>
                {v.removedAt === null && (
                  <a href={linkFor(v.id)} aria-label={`Moderate vote ${v.id} (reader ${v.reader})`}>
                    Moderate
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

'use client';
// A staff member's desk: the editions they work in, as checkboxes (none ticked: every edition). Its
// own live region, so a refusal shows next to the control it is about.
import { useActionState } from 'react';
import { EMPTY_FORM_STATE, type FormAction, type FormState } from '@/lib/form-state';
import styles from './forms.module.css';
import table from './staff.module.css';

export type DeskEdition = { id: number; name: string; tag: string };

type Props = {
  person: { id: number; name: string };
  editions: DeskEdition[];
  /** The ids the desk has now; [] for every edition. */
  current: number[];
  action: FormAction;
};

export function StaffDeskForm({ person, editions, current, action }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, EMPTY_FORM_STATE);
  const errorId = `desk-${person.id}-error`;
  const refused = state.status === 'error';
  return (
    // Keyed by the desk as saved, so the boxes show it again after the page refreshes.
    <form key={current.join()} action={formAction} className={table.desk}>
      <input type="hidden" name="userId" value={person.id} />
      {/* Described by the refusal (aria-invalid is not allowed on a group). */}
      <fieldset className={table.deskChoices} aria-describedby={refused ? errorId : undefined}>
        <legend className="visually-hidden">Desk of {person.name}</legend>
        {editions.map((e) => (
          <label key={e.id} className={table.deskChoice}>
            <input type="checkbox" name="editionId" value={e.id} defaultChecked={current.includes(e.id)} />
            <span lang={e.tag}>{e.name}</span>
          </label>
        ))}
      </fieldset>
      <button
        className={styles.secondary}
        type="submit"
        disabled={pending}
        aria-label={`Save desk of ${person.name}`}
      >
        Save
      </button>
      <div role="status" aria-live="polite">
        {state.message && (
          <p id={errorId} className={refused ? styles.error : table.muted}>
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}

/** "All editions", or the desk's edition names, each in its own language, as the staff list shows it. */
export function DeskNames({ editions, current }: { editions: DeskEdition[]; current: number[] }) {
  const chosen = editions.filter((e) => current.includes(e.id));
  if (!chosen.length) return <span>All editions</span>;
  return (
    <span>
      {chosen.map((e, i) => (
        <span key={e.id}>
          {i > 0 && ' · '}
          <bdi lang={e.tag}>{e.name}</bdi>
        </span>
      ))}
    </span>
  );
}

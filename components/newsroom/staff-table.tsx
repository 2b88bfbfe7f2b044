'use client';

import { useActionState } from 'react';
import type { StaffListItem } from '@/db/types';
import { EMPTY_FORM_STATE, type FormAction } from '@/lib/form-state';
import styles from './forms.module.css';
import table from './staff.module.css';
import type { StaffExtra, StaffFormState } from './staff-types';
import { DeskNames, StaffDeskForm, type DeskEdition } from './staff-desk-form';

/** Desks, shown only when the newsroom has more than one edition. */
export type StaffDesks = {
  editions: DeskEdition[];
  /** Limited accounts' edition ids; an account not listed works in every edition. */
  byUser: Record<number, number[]>;
  action: FormAction;
};

type Props = {
  staff: StaffListItem[];
  roles: readonly string[];
  selfId: number;
  action: FormAction<StaffExtra>;
  desks: StaffDesks | null;
};

export function StaffTable({ staff, roles, selfId, action, desks }: Props) {
  const [state, formAction, pending] = useActionState<StaffFormState, FormData>(action, EMPTY_FORM_STATE);
  return (
    <>
      <div role="status" aria-live="polite" className={table.status}>
        {state.message && (
          <p className={state.status === 'done' ? styles.success : styles.message}>
            {state.secret ? (
              <>
                {state.message.split(state.secret)[0]}
                <code className={styles.secret}>{state.secret}</code>
                {state.message.split(state.secret)[1]}
              </>
            ) : (
              state.message
            )}
          </p>
        )}
      </div>
      {/* Focusable so a keyboard can scroll a table wider than the screen. */}
      <div className={table.scroll} tabIndex={0} role="region" aria-label="Staff accounts">
        <table className={table.table}>
          <caption className="visually-hidden">Staff accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              {desks && <th scope="col">Desk</th>}
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  {person.name}
                  {person.id === selfId && <span className={table.you}> (you)</span>}
                  <span className={table.sub}>{person.fullName}</span>
                </th>
                <td>{person.email}</td>
                <td>
                  <form key={person.role} action={formAction} className={table.inline}>
                    <input type="hidden" name="intent" value="role" />
                    <input type="hidden" name="userId" value={person.id} />
                    <label className={table.smallLabel} htmlFor={`role-${person.id}`}>
                      Role
                    </label>
                    <select
                      className={table.smallSelect}
                      id={`role-${person.id}`}
                      name="role"
                      defaultValue={person.role}
                    >
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </select>
                    <button
                      className={styles.secondary}
                      type="submit"
                      disabled={pending}
                      aria-label={`Change role of ${person.name}`}
                    >
                      Change role
                    </button>
                  </form>
                </td>
                <td>{person.disabled ? 'Disabled' : person.canSignIn ? 'Active' : 'No password'}</td>
                {desks && (
                  <td>
                    <DeskNames editions={desks.editions} current={desks.byUser[person.id] ?? []} />
                    {/* Admins work in every edition (db/people/desks.ts): nothing to choose. */}
                    {person.role !== 'admin' && (
                      <StaffDeskForm
                        person={person}
                        editions={desks.editions}
                        current={desks.byUser[person.id] ?? []}
                        action={desks.action}
                      />
                    )}
                  </td>
                )}
                <td>
                  <div className={table.actions}>
                    <form action={formAction}>
                      <input type="hidden" name="intent" value={person.disabled ? 'enable' : 'disable'} />
                      <input type="hidden" name="userId" value={person.id} />
                      <button
                        className={styles.secondary}
                        type="submit"
                        disabled={pending}
                        aria-label={`${person.disabled ? 'Enable' : 'Disable'} ${person.name}`}
                      >
                        {person.disabled ? 'Enable' : 'Disable'}
                      </button>
                    </form>
                    <form action={formAction}>
                      <input type="hidden" name="intent" value="reset" />
                      <input type="hidden" name="userId" value={person.id} />
                      <button
                        className={styles.secondary}
                        type="submit"
                        disabled={pending}
                        aria-label={`Reset password of ${person.name}`}
                      >
                        Reset password
                      </button>
                    </form>
                    <form action={formAction}>
                      <input type="hidden" name="intent" value="signout" />
                      <input type="hidden" name="userId" value={person.id} />
                      <button
                        className={styles.secondary}
                        type="submit"
                        disabled={pending}
                        aria-label={`Sign out ${person.name} everywhere`}
                      >
                        Sign out everywhere
                      </button>
                    </form>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

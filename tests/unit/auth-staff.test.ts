// Staff administration: only admins manage accounts, the data layer refuses everyone else, and
// sessions end when an account is disabled or its password changes.
import { describe, expect, it } from 'vitest';
import { PermissionError, type Actor } from '@/db/people/permissions';
import { authenticate } from '@/db/people/sign-in';
import {
  changeOwnPassword,
  changeRole,
  disableAccount,
  enableAccount,
  inviteOrCreateStaff,
  listStaff,
  resetPassword,
} from '@/db/people/staff';
import { getUserById } from '@/db/people/users';
import { ValidationError } from '@/lib/errors';
import { errorOf, PASSWORD, staff, uniqueNumber } from './staff-fixtures';

describe('staff administration', () => {
  const writes = {
    listStaff: (a: Actor, target: number) => listStaff(a) && target,
    inviteOrCreateStaff: (a: Actor) =>
      inviteOrCreateStaff(a, {
        email: `invite${uniqueNumber()}@example.test`,
        name: 'New Person',
        fullName: 'New Person Here',
        role: 'journalist',
      }),
    changeRole: (a: Actor, target: number) => changeRole(a, target, 'editor'),
    disableAccount: (a: Actor, target: number) => disableAccount(a, target),
    enableAccount: (a: Actor, target: number) => enableAccount(a, target),
    resetPassword: (a: Actor, target: number) => resetPassword(a, target),
  };

  for (const role of ['journalist', 'editor'] as const) {
    for (const [name, run] of Object.entries(writes)) {
      it(`${role === 'editor' ? 'an editor' : 'a journalist'} is refused ${name} by the data layer`, async () => {
        const actor = await staff(role);
        const target = await staff('journalist');
        expect(await errorOf(() => run(actor, target.id))).toBeInstanceOf(PermissionError);
        expect(getUserById(target.id)).toMatchObject({
          role: 'journalist',
          disabled: false,
          sessionVersion: 0,
        });
      });
    }
  }

  for (const [name, run] of Object.entries(writes)) {
    it(`an admin may ${name}`, async () => {
      const admin = await staff('admin');
      const target = await staff('journalist');
      expect(await errorOf(() => run(admin, target.id))).toBeNull();
    });
  }

  it('a created account gets a temporary password that signs in', async () => {
    const admin = await staff('admin');
    const { user, temporaryPassword } = await inviteOrCreateStaff(admin, {
      email: 'temp@example.test',
      name: 'Temp Person',
      fullName: 'Temp Person Full',
      role: 'editor',
    });
    expect(user.role).toBe('editor');
    expect(await authenticate('temp@example.test', temporaryPassword, 'addr-temp')).toMatchObject({
      ok: true,
    });
  });

  it('disabling bumps session_version, so existing sessions end; enabling does not revive them', async () => {
    const admin = await staff('admin');
    const person = await staff('journalist');
    disableAccount(admin, person.id);
    expect(getUserById(person.id)).toMatchObject({ disabled: true, sessionVersion: 1 });
    enableAccount(admin, person.id);
    expect(getUserById(person.id)).toMatchObject({ disabled: false, sessionVersion: 1 });
  });

  it('resetting a password bumps session_version and the new password works', async () => {
    const admin = await staff('admin');
    const person = await staff('journalist');
    const { temporaryPassword } = await resetPassword(admin, person.id);
    expect(getUserById(person.id)?.sessionVersion).toBe(1);
    expect((await authenticate(person.email, temporaryPassword, 'addr-reset')).ok).toBe(true);
    expect((await authenticate(person.email, PASSWORD, 'addr-reset')).ok).toBe(false);
  });

  it('the last enabled admin can be neither demoted nor disabled, by themselves or anyone', async () => {
    // Make every existing admin but one a journalist, leaving exactly one.
    const keeper = await staff('admin');
    for (const person of listStaff(keeper))
      if (person.role === 'admin' && person.id !== keeper.id) changeRole(keeper, person.id, 'journalist');
    expect(await errorOf(() => changeRole(keeper, keeper.id, 'editor'))).toBeInstanceOf(ValidationError);
    expect(await errorOf(() => disableAccount(keeper, keeper.id))).toBeInstanceOf(ValidationError);
    expect(getUserById(keeper.id)).toMatchObject({ role: 'admin', disabled: false });
    // With a second admin, the first may step down.
    const second = await staff('admin');
    changeRole(keeper, keeper.id, 'editor');
    expect(getUserById(keeper.id)?.role).toBe('editor');
    expect(await errorOf(() => disableAccount(second, second.id))).toBeInstanceOf(ValidationError);
  });

  it('anyone can change their own password with the current one, which ends their sessions', async () => {
    const person = await staff('journalist');
    expect(
      await errorOf(() => changeOwnPassword(person, 'wrong current password', 'a brand new password')),
    ).toBeInstanceOf(ValidationError);
    expect(await errorOf(() => changeOwnPassword(person, PASSWORD, 'short'))).toBeInstanceOf(ValidationError);
    expect(getUserById(person.id)?.sessionVersion).toBe(0);
    await changeOwnPassword(person, PASSWORD, 'a brand new password');
    expect(getUserById(person.id)?.sessionVersion).toBe(1);
    expect((await authenticate(person.email, 'a brand new password', 'addr-own')).ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { listAudit, recordAudit } from '@/db/people/audit';
import { ValidationError } from '@/lib/errors';
import { FAILURE_WINDOW_MS, LOCKOUT_MS, isThrottled, recordAttempt } from '@/db/people/login-attempts';
import { PermissionError, type Actor } from '@/db/people/permissions';
import type { Role } from '@/db/schema';
import { createFirstAdmin, hasAdmin } from '@/db/people/setup';
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
import { createUser, getUserById } from '@/db/people/users';

const PASSWORD = 'a long enough password';
let counter = 0;

async function staff(role: Role): Promise<Actor & { email: string }> {
  counter += 1;
  const email = `${role}${counter}@example.test`;
  const user = await createUser(
    { email, name: `Staff ${counter}`, fullName: `Staff Member ${counter}`, role, password: PASSWORD },
    'operator',
  );
  return { id: user.id, role: user.role, email };
}

function fail(email: string, address: string, at: number, times = 1) {
  for (let i = 0; i < times; i++) recordAttempt(email, address, false, at + i);
}

async function errorOf(work: () => unknown): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  return null;
}

// The first-admin tests need an empty newsroom, so they run before anyone is made an admin.
describe('first-run setup', () => {
  it('creates the first admin once, and two racing submissions create only one', async () => {
    expect(hasAdmin()).toBe(false);
    const input = (n: number) => ({
      email: `first${n}@example.test`,
      name: `First ${n}`,
      fullName: `First Admin ${n}`,
      password: PASSWORD,
    });
    const results = await Promise.allSettled([createFirstAdmin(input(1)), createFirstAdmin(input(2))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(hasAdmin()).toBe(true);
    const again = await errorOf(() => createFirstAdmin(input(3)));
    expect((again as Error).name).toBe('SetupAlreadyDoneError');
  });
});

describe('sign-in throttling', () => {
  const t0 = Date.UTC(2026, 0, 5, 9, 0);

  it('five failures for one account within 15 minutes close it, whatever the address', () => {
    fail('victim@example.test', 'addr-a', t0, 4);
    expect(isThrottled('victim@example.test', 'addr-z', t0 + 10).throttled).toBe(false);
    fail('victim@example.test', 'addr-b', t0 + 60_000);
    const after = isThrottled('Victim@Example.test', 'addr-z', t0 + 120_000);
    expect(after.throttled).toBe(true);
    expect(after.retryAfterMs).toBe(LOCKOUT_MS - 60_000);
    expect(isThrottled('someone-else@example.test', 'addr-z', t0 + 120_000).throttled).toBe(false);
  });

  it('five failures from one address within 15 minutes close it for every account', () => {
    const t = t0 + 86_400_000;
    for (let i = 0; i < 5; i++) recordAttempt(`guess${i}@example.test`, 'addr-spray', false, t + i * 1000);
    expect(isThrottled('anyone@example.test', 'addr-spray', t + 5000).throttled).toBe(true);
    expect(isThrottled('anyone@example.test', 'addr-other', t + 5000).throttled).toBe(false);
  });

  it('failures spread wider than the window do not throttle', () => {
    const t = t0 + 2 * 86_400_000;
    fail('slow@example.test', 'addr-slow', t, 4);
    fail('slow@example.test', 'addr-slow', t + FAILURE_WINDOW_MS + 1000);
    expect(isThrottled('slow@example.test', 'addr-slow', t + FAILURE_WINDOW_MS + 2000).throttled).toBe(false);
  });

  it('the lockout ends 15 minutes after the last failure', () => {
    const t = t0 + 3 * 86_400_000;
    fail('locked@example.test', 'addr-l', t, 5);
    expect(isThrottled('locked@example.test', 'addr-l', t + LOCKOUT_MS - 1000).throttled).toBe(true);
    expect(isThrottled('locked@example.test', 'addr-l', t + 4 + LOCKOUT_MS + 1)).toEqual({
      throttled: false,
      retryAfterMs: 0,
    });
  });

  it('the sixth attempt is refused without checking the password, even when it is right', async () => {
    const person = await staff('journalist');
    const now = Date.now();
    for (let i = 0; i < 5; i++)
      expect((await authenticate(person.email, 'wrong password!', 'addr-6th', now)).ok).toBe(false);
    const sixth = await authenticate(person.email, PASSWORD, 'addr-6th-other', now);
    expect(sixth).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('successes and failures are both recorded in the audit log', async () => {
    const person = await staff('editor');
    const admin = await staff('admin');
    expect((await authenticate(person.email, PASSWORD, 'addr-ok')).ok).toBe(true);
    expect((await authenticate(person.email, 'not the password', 'addr-ok')).ok).toBe(false);
    const entries = listAudit({ actor: admin, action: 'login.' }).entries.filter(
      (e) => e.targetId === person.email,
    );
    expect(entries.map((e) => e.action).sort()).toEqual(['login.failure', 'login.success']);
  });

  it('a disabled account cannot sign in even with the right password', async () => {
    const admin = await staff('admin');
    const person = await staff('journalist');
    disableAccount(admin, person.id);
    expect(await authenticate(person.email, PASSWORD, 'addr-disabled')).toEqual({
      ok: false,
      reason: 'credentials',
    });
  });
});

describe('staff administration', () => {
  const writes = {
    listStaff: (a: Actor, target: number) => listStaff(a) && target,
    inviteOrCreateStaff: (a: Actor) =>
      inviteOrCreateStaff(a, {
        email: `invite${++counter}@example.test`,
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

describe('audit log', () => {
  it('only admins can read it', async () => {
    for (const role of ['journalist', 'editor'] as const) {
      const actor = await staff(role);
      expect(await errorOf(() => listAudit({ actor }))).toBeInstanceOf(PermissionError);
    }
    const admin = await staff('admin');
    expect(listAudit({ actor: admin }).total).toBeGreaterThan(0);
  });

  it('filters by action and by time range, newest first, in pages', async () => {
    const admin = await staff('admin');
    const base = Date.UTC(2020, 5, 1);
    for (let i = 0; i < 60; i++)
      recordAudit({ actorId: admin.id, action: 'test.filter', createdAt: base + i * 60_000 });
    const first = listAudit({ actor: admin, action: 'test.filter' });
    expect(first.total).toBe(60);
    expect(first.pageCount).toBe(2);
    expect(first.entries[0].createdAt).toBe(base + 59 * 60_000);
    expect(first.entries[0].actorName).toBe(getUserById(admin.id)?.name);
    expect(listAudit({ actor: admin, action: 'test.filter', page: 2 }).entries).toHaveLength(10);
    const ranged = listAudit({
      actor: admin,
      action: 'test.',
      from: base + 10 * 60_000,
      to: base + 20 * 60_000,
    });
    expect(ranged.total).toBe(10);
  });
});

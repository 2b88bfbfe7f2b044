// Issue 12: a session lives in the database, not only in the cookie. Sign-out, "sign out
// everywhere", a password change and disabling the account end it, and a copy of the cookie with it.
import { describe, expect, it } from 'vitest';
import { PermissionError } from '@/db/people/permissions';
import { checkSession, endSession, signOutEverywhere, startSession } from '@/db/people/sessions';
import { changeOwnPassword, disableAccount, resetPassword } from '@/db/people/staff';
import { errorOf, PASSWORD, staff } from './staff-fixtures';

const HOUR = 60 * 60 * 1000;

describe('server-side sessions', () => {
  it('a session signed out is dead, wherever its cookie was copied', async () => {
    const person = await staff('journalist');
    const session = startSession(person.id);
    expect(checkSession(session, person.id)).toBe(true);
    endSession(session);
    expect(checkSession(session, person.id)).toBe(false);
  });

  it('a session id works only for the account it was issued to', async () => {
    const a = await staff('journalist');
    const b = await staff('journalist');
    expect(checkSession(startSession(a.id), b.id)).toBe(false);
  });

  it('a session idle for longer than a working day has ended', async () => {
    const person = await staff('journalist');
    const start = Date.now();
    const session = startSession(person.id, start);
    expect(checkSession(session, person.id, start + 7 * HOUR)).toBe(true);
    // Being seen pushes the end on…
    expect(checkSession(session, person.id, start + 14 * HOUR)).toBe(true);
    // …but a long silence ends it.
    expect(checkSession(session, person.id, start + 23 * HOUR)).toBe(false);
  });

  it('"sign out everywhere" ends all of an account’s sessions and no one else’s', async () => {
    const admin = await staff('admin');
    const person = await staff('journalist');
    const other = await staff('journalist');
    const sessions = [startSession(person.id), startSession(person.id)];
    const bystander = startSession(other.id);
    expect(signOutEverywhere(admin, person.id)).toBe(2);
    for (const s of sessions) expect(checkSession(s, person.id)).toBe(false);
    expect(checkSession(bystander, other.id)).toBe(true);
  });

  it('staff may sign themselves out everywhere, but only an admin may do it to someone else', async () => {
    const person = await staff('editor');
    const other = await staff('journalist');
    const mine = startSession(person.id);
    expect(await errorOf(() => signOutEverywhere(person, other.id))).toBeInstanceOf(PermissionError);
    expect(signOutEverywhere(person, person.id)).toBe(1);
    expect(checkSession(mine, person.id)).toBe(false);
  });

  it('a password change, a reset and disabling the account end every session', async () => {
    const admin = await staff('admin');
    const person = await staff('journalist');
    let session = startSession(person.id);
    await changeOwnPassword(person, PASSWORD, 'another long password');
    expect(checkSession(session, person.id)).toBe(false);
    session = startSession(person.id);
    await resetPassword(admin, person.id);
    expect(checkSession(session, person.id)).toBe(false);
    session = startSession(person.id);
    disableAccount(admin, person.id);
    expect(checkSession(session, person.id)).toBe(false);
  });
});

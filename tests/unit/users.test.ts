import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/errors';
import { hashPassword, validatePassword, verifyPassword } from '@/lib/passwords';
import { PermissionError } from '@/db/people/permissions';
import { createUser, getUserByEmail, getUserById, listUsers, setUserPassword } from '@/db/people/users';

let counter = 0;
function input(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    email: `person${counter}@example.test`,
    name: 'Budi N',
    fullName: 'Budi Nugroho P.',
    role: 'journalist',
    password: 'a long enough password',
    ...overrides,
  } as Parameters<typeof createUser>[0];
}

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('passwords', () => {
  it('a hash verifies the password it was made from and nothing else', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('not a hash', 'correct horse battery')).toBe(false);
  });

  it('the same password hashes differently each time (salted)', async () => {
    expect(await hashPassword('same password here')).not.toBe(await hashPassword('same password here'));
  });

  it('password rules: 10 to 200 characters', () => {
    expect(validatePassword('short')).toMatch(/at least 10/);
    expect(validatePassword('x'.repeat(201))).toMatch(/at most 200/);
    expect(validatePassword('x'.repeat(10))).toBeNull();
  });
});

describe('createUser', () => {
  it('the operator can create an admin who can then sign in with the password', async () => {
    const created = await createUser(
      input({ email: ' Ada@Example.TEST ', role: 'admin', name: 'Ada L' }),
      'operator',
    );
    expect(created).toMatchObject({ email: 'ada@example.test', name: 'Ada L', slug: 'ada-l', role: 'admin' });
    const account = getUserByEmail('ADA@example.test');
    expect(account).toMatchObject({ id: created.id, role: 'admin', disabled: false, sessionVersion: 0 });
    expect(await verifyPassword(account!.passwordHash!, 'a long enough password')).toBe(true);
    expect(getUserById(created.id)?.email).toBe('ada@example.test');
  });

  it('a duplicate email is refused with a message on the email field', async () => {
    await createUser(input({ email: 'dup@example.test' }), 'operator');
    const errors = await fieldErrorsOf(createUser(input({ email: 'DUP@example.test' }), 'operator'));
    expect(errors.email).toEqual(['An account with this email already exists.']);
  });

  it('an unknown role is refused', async () => {
    const errors = await fieldErrorsOf(createUser(input({ role: 'owner' }), 'operator'));
    expect(errors.role?.[0]).toMatch(/journalist, editor, admin/);
  });

  it('a short password is refused and nothing is written', async () => {
    const before = listUsers('operator').length;
    const errors = await fieldErrorsOf(createUser(input({ password: 'short' }), 'operator'));
    expect(errors.password?.[0]).toMatch(/at least 10/);
    expect(listUsers('operator')).toHaveLength(before);
  });

  it('reports every bad field at once', async () => {
    const errors = await fieldErrorsOf(
      createUser({ email: 'nope', name: 'B', fullName: '', role: 'editor', password: null }, 'operator'),
    );
    expect(Object.keys(errors).sort()).toEqual(['email', 'fullName', 'name']);
  });

  it('an author without a password cannot sign in', async () => {
    const created = await createUser(input({ password: null }), 'operator');
    expect(getUserById(created.id)?.passwordHash).toBeNull();
  });

  it('only an admin may create staff: journalists and editors are refused', async () => {
    const admin = await createUser(input({ role: 'admin' }), 'operator');
    await expect(createUser(input(), { id: 1, role: 'journalist' })).rejects.toBeInstanceOf(PermissionError);
    await expect(createUser(input(), { id: 1, role: 'editor' })).rejects.toBeInstanceOf(PermissionError);
    const made = await createUser(input({ role: 'editor' }), { id: admin.id, role: 'admin' });
    expect(made.role).toBe('editor');
  });

  it('two people with the same byline name get distinct slugs', async () => {
    const a = await createUser(input({ name: 'Mara Q' }), 'operator');
    const b = await createUser(input({ name: 'Mara Q' }), 'operator');
    const c = await createUser(input({ name: 'Mára  Q!' }), 'operator');
    expect([a.slug, b.slug, c.slug]).toEqual(['mara-q', 'mara-q-2', 'mara-q-3']);
  });
});

describe('setUserPassword', () => {
  it('changes the password and ends older sessions', async () => {
    const user = await createUser(input(), 'operator');
    await setUserPassword(user.id, 'a brand new password', 'operator');
    const account = getUserById(user.id)!;
    expect(account.sessionVersion).toBe(1);
    expect(await verifyPassword(account.passwordHash!, 'a brand new password')).toBe(true);
    expect(await verifyPassword(account.passwordHash!, 'a long enough password')).toBe(false);
  });

  it('refuses a short password and a non-admin actor', async () => {
    const user = await createUser(input(), 'operator');
    await expect(setUserPassword(user.id, 'short', 'operator')).rejects.toBeInstanceOf(ValidationError);
    await expect(
      setUserPassword(user.id, 'long enough pass', { id: user.id, role: 'editor' }),
    ).rejects.toBeInstanceOf(PermissionError);
    expect(getUserById(user.id)?.sessionVersion).toBe(0);
  });
});

// `npm run user` and desks, run as real processes on this file's database: `add --editions` and
// `desk` set a journalist's or editor's editions; a tag no edition has, or a desk for an admin, is
// refused by name and changes nothing.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEdition, type Edition } from '@/db/editions/editions';
import { deskEditionIds } from '@/db/people/desks';
import { getUserByEmail } from '@/db/people/users';
import { makeStaff } from './editor-fixtures';

const tsx = path.resolve('node_modules/.bin/tsx');
let indonesian: Edition;
let arabic: Edition;

function user(args: string[], input = '') {
  const result = spawnSync(tsx, ['--conditions=react-server', 'scripts/user.ts', ...args], {
    input,
    encoding: 'utf8',
    // The same database as this test's data layer (tests/unit/setup.ts).
    env: { ...process.env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const add = (email: string, role: string, ...more: string[]) =>
  user(
    ['add', '--email', email, '--name', email, '--full-name', `${email} Full`, '--role', role, ...more],
    '',
  );

beforeAll(async () => {
  const admin = await makeStaff('admin');
  indonesian = await createEdition(admin, { tag: 'id', name: 'Bahasa Indonesia' });
  arabic = await createEdition(admin, { tag: 'ar', name: 'العربية' });
});

describe('npm run user and desks', () => {
  it('adds a journalist working in the editions named', () => {
    const { code, stdout, stderr } = add(
      'sari@example.test',
      'journalist',
      '--no-password',
      '--editions',
      'ID, ar',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/working in ID, ar only/);
    const sari = getUserByEmail('sari@example.test')!;
    expect(deskEditionIds(sari.id)).toEqual([indonesian.id, arabic.id]);
  });

  it('changes and lifts a desk with `desk`', () => {
    const sari = getUserByEmail('sari@example.test')!;
    const limited = user(['desk', '--email', 'sari@example.test', '--editions', 'ar']);
    expect(limited.code).toBe(0);
    expect(limited.stdout).toMatch(/now works in العربية only/);
    expect(deskEditionIds(sari.id)).toEqual([arabic.id]);
    const lifted = user(['desk', '--email', 'sari@example.test', '--editions', 'all']);
    expect(lifted.stdout).toMatch(/now works in every edition/);
    expect(deskEditionIds(sari.id)).toEqual([]);
  });

  it('refuses an unknown tag, an admin and an unknown account, changing nothing', () => {
    const unknown = add('tono@example.test', 'editor', '--no-password', '--editions', 'ar,xx');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /--editions: no edition has the tag "xx" \(this newsroom has: en, id, ar\)/,
    );
    expect(getUserByEmail('tono@example.test')).toBeNull();
    const admin = add('rosa@example.test', 'admin', '--no-password', '--editions', 'ar');
    expect(admin.code).toBe(1);
    expect(admin.stderr).toMatch(/an admin works in every edition/);
    expect(getUserByEmail('rosa@example.test')).toBeNull();
    const nobody = user(['desk', '--email', 'nobody@example.test', '--editions', 'ar']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/No account with the email nobody@example.test/);
    const empty = user(['desk', '--email', 'sari@example.test', '--editions', ' , ']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/--editions needs language tags/);
  });
});

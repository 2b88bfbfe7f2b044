// `npm run user -- add|list|set-password …`: the scriptable way to manage staff accounts.
import { parseArgs } from 'node:util';
import { ROLES } from '../db/schema';
import { createUser, getUserByEmail, listUsers, setUserPassword } from '../db/people/users';
import { CliError, readNewPassword, runCli, UsageError } from './lib/cli';
import { cacheTags } from '../app/cache-tags';
import { expireTagsEverywhere } from '../lib/cache/tag-store.mjs';

const USAGE = `Usage:
  npm run user -- add --email EMAIL --name "BYLINE" --full-name "FULL NAME" --role ${ROLES.join('|')} [--bio "TEXT"] [--no-password]
  npm run user -- list
  npm run user -- set-password --email EMAIL

The password is read from standard input when it is piped (first line), otherwise it is asked for twice
without echo. --no-password creates a byline-only author who cannot sign in.
Examples:
  echo 'a long passphrase' | npm run user -- add --email ada@example.com --name "Ada L" --full-name "Ada Lovelace" --role admin
  npm run user -- set-password --email ada@example.com`;

function required(values: Record<string, unknown>, names: string[]): void {
  const missing = names.filter((n) => typeof values[n] !== 'string' || values[n] === '');
  if (missing.length) throw new UsageError(`Missing ${missing.map((n) => `--${n}`).join(', ')}.`);
}

async function add(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'full-name': { type: 'string' },
      role: { type: 'string' },
      bio: { type: 'string' },
      'no-password': { type: 'boolean' },
    },
  });
  required(values, ['email', 'name', 'full-name', 'role']);
  // Refuse what we can before asking for a password, so nobody types one for nothing.
  if (!(ROLES as readonly string[]).includes(values.role!))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')} (got "${values.role}").`);
  if (getUserByEmail(values.email!))
    throw new CliError(`An account with the email ${values.email} already exists.`);
  const password = values['no-password'] ? null : await readNewPassword();
  const user = await createUser(
    {
      email: values.email!,
      name: values.name!,
      fullName: values['full-name']!,
      role: values.role as never,
      bio: values.bio,
      password,
    },
    'operator',
  );
  // Author slugs resolve through the lists tag (app/(site)/cached.ts): a page that answered 404 for
  // this new byline's slug must not go on doing so in any server process.
  await expireTagsEverywhere([cacheTags.lists]);
  console.log(
    `Created ${user.role} ${user.name} <${user.email}> (id ${user.id}, author page /authors/${user.slug}).`,
  );
}

async function list(): Promise<void> {
  const rows = listUsers('operator');
  if (rows.length === 0) return console.log('No accounts yet.');
  const lines = rows.map((u) => [
    String(u.id),
    u.role,
    u.email,
    u.name,
    u.fullName,
    u.disabled ? 'disabled' : u.canSignIn ? 'can sign in' : 'no password',
  ]);
  const header = ['ID', 'ROLE', 'EMAIL', 'BYLINE', 'FULL NAME', 'STATUS'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  for (const line of [header, ...lines])
    console.log(
      line
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
}

async function setPassword(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, strict: true, options: { email: { type: 'string' } } });
  required(values, ['email']);
  const user = getUserByEmail(values.email!);
  if (!user) throw new CliError(`No account with the email ${values.email}.`);
  await setUserPassword(user.id, await readNewPassword(), 'operator');
  console.log(`Password changed for ${user.email}; their existing sessions have ended.`);
}

runCli(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'add') return add(rest);
  if (command === 'list') return list();
  if (command === 'set-password') return setPassword(rest);
  if (command === 'help' || command === '--help' || command === '-h') return console.log(USAGE);
  throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
}, USAGE);

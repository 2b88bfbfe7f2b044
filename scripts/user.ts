// `npm run user -- add|list|set-password …`: the scriptable way to manage staff accounts.
import { parseArgs } from 'node:util';
import { ROLES } from '../db/schema';
import { createUser, getUserByEmail, listUsers, setUserPassword } from '../db/people/users';
import { setStaffDesk } from '../db/people/desks';
import { listEditions } from '../db/editions/editions';
import { CliError, readNewPassword, runCli, UsageError } from './lib/cli';
import { cacheTags } from '../app/cache-tags';
import { expireTagsEverywhere } from '../lib/cache/tag-store.mjs';

const USAGE = `Usage:
  npm run user -- add --email EMAIL --name "BYLINE" --full-name "FULL NAME" --role ${ROLES.join('|')} [--bio "TEXT"] [--no-password] [--editions TAG,TAG]
  npm run user -- list
  npm run user -- set-password --email EMAIL
  npm run user -- desk --email EMAIL --editions TAG,TAG|all

The password is read from standard input when it is piped (first line), otherwise it is asked for twice
without echo. --no-password creates a byline-only author who cannot sign in. --editions limits a journalist
or editor to those editions' desk (language tags, e.g. "id,ar"); "all", or leaving it out, is every edition.
Examples:
  echo 'a long passphrase' | npm run user -- add --email ada@example.com --name "Ada L" --full-name "Ada Lovelace" --role admin
  npm run user -- set-password --email ada@example.com
  npm run user -- desk --email sari@example.com --editions id`;

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
      editions: { type: 'string' },
    },
  });
  required(values, ['email', 'name', 'full-name', 'role']);
  // Refuse what we can before asking for a password, so nobody types one for nothing.
  if (!(ROLES as readonly string[]).includes(values.role!))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')} (got "${values.role}").`);
  const desk = values.editions === undefined ? [] : deskOf(values.editions);
  if (desk.length && values.role === 'admin')
    throw new UsageError('--editions limits a journalist or editor: an admin works in every edition.');
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
  if (desk.length) setStaffDesk('operator', user.id, desk);
  // Author slugs resolve through the lists tag (app/(site)/cached.ts): a page that answered 404 for
  // this new byline's slug must not go on doing so in any server process.
  await expireTagsEverywhere([cacheTags.lists]);
  console.log(
    `Created ${user.role} ${user.name} <${user.email}> (id ${user.id}, author page /authors/${user.slug})${desk.length ? `, working in ${values.editions} only` : ''}.`,
  );
}

/** "id,ar" as edition ids, or [] for "all"; a tag no edition has is named with the ones there are. */
function deskOf(text: string): number[] {
  if (text.trim().toLowerCase() === 'all') return [];
  const editions = listEditions();
  const tags = text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (!tags.length) throw new UsageError('--editions needs language tags such as "id,ar", or "all".');
  return tags.map((tag) => {
    const edition = editions.find((e) => e.tag.toLowerCase() === tag.toLowerCase());
    if (!edition)
      throw new CliError(
        `--editions: no edition has the tag "${tag}" (this newsroom has: ${editions.map((e) => e.tag).join(', ')}).`,
      );
    return edition.id;
  });
}

/** Sets an existing account's desk; changes nothing public, so no cache tag expires. */
async function setDesk(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { email: { type: 'string' }, editions: { type: 'string' } },
  });
  required(values, ['email', 'editions']);
  const user = getUserByEmail(values.email!);
  if (!user) throw new CliError(`No account with the email ${values.email}.`);
  const desk = setStaffDesk('operator', user.id, deskOf(values.editions!));
  console.log(
    desk.editions.length
      ? `${user.email} now works in ${desk.editions.map((e) => e.name).join(', ')} only.`
      : `${user.email} now works in every edition.`,
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
  if (command === 'desk') return setDesk(rest);
  if (command === 'help' || command === '--help' || command === '-h') return console.log(USAGE);
  throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
}, USAGE);

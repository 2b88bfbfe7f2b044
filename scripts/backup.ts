// `npm run backup -- [DIR]`: a consistent copy of the database (taken while the server runs), the
// secret and the uploads, into one new folder DIR/newsroom-<time>, checked before it is called done.
import { chmodSync, existsSync, mkdirSync, renameSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase, checkIntegrity, describeDatabase } from '../db/backups/sqlite-copy';
import { databasePath, dataDir, uploadsDir } from '../lib/config';
import pkg from '../package.json';
import {
  backupName,
  copyUploads,
  DATABASE_FILE,
  formatBytes,
  MANIFEST_FILE,
  SECRET_FILE,
  UPLOADS_DIR,
  type Manifest,
} from './lib/backup-folder';
import { CliError, runCli, UsageError } from './lib/cli';

const USAGE = `Usage:
  npm run backup -- [DIR]

Writes DIR/newsroom-<UTC time>/ (DIR defaults to ./backups) with the database, data/secret and
data/uploads/, then checks the copy's integrity. Safe while the server runs. DATA_DIR and
DATABASE_PATH say where the data is, as for the server.`;

runCli(async () => {
  const args = process.argv.slice(2);
  if (args.some((arg) => ['help', '--help', '-h'].includes(arg))) return console.log(USAGE);
  if (args.length > 1) throw new UsageError(`Unexpected argument "${args[1]}".`);
  if (args[0]?.startsWith('-')) throw new UsageError(`Unknown option "${args[0]}".`);
  const started = Date.now();
  const source = databasePath();
  if (!existsSync(source))
    throw new CliError(`No database at ${source}. Set DATA_DIR (or DATABASE_PATH) to the server's.`);

  const root = path.resolve(args[0] ?? 'backups');
  const name = backupName();
  // Built under a dot-name and renamed at the end: a folder without the dot is always complete.
  const partial = path.join(root, `.${name}.partial`);
  const folder = path.join(root, name);
  if (existsSync(folder)) throw new CliError(`${folder} already exists; run the backup again.`);
  // Password hashes and the secret: readable by the owner only, like data/. An existing DIR keeps
  // its own permissions: it may be a shared mount the operator set up.
  mkdirSync(partial, { recursive: true, mode: 0o700 });

  // The database first: every upload it references was written before it, so is copied below.
  const copy = path.join(partial, DATABASE_FILE);
  await backupDatabase(source, copy);
  chmodSync(copy, 0o600);
  const integrity = checkIntegrity(copy);
  if (integrity !== 'ok')
    throw new CliError(`The copy failed its integrity check (${integrity}); it is left in ${partial}.`);
  const facts = describeDatabase(copy, statSync(copy).size);

  const secretFile = path.join(dataDir(), SECRET_FILE);
  const fromEnv = !!(process.env.NEWSROOM_SECRET || process.env.AUTH_SECRET);
  const secret: Manifest['secret'] = fromEnv ? 'environment' : existsSync(secretFile) ? 'file' : 'none';
  if (secret === 'file') {
    copyFileSync(secretFile, path.join(partial, SECRET_FILE));
    chmodSync(path.join(partial, SECRET_FILE), 0o600);
  }
  const uploads = existsSync(uploadsDir())
    ? copyUploads(uploadsDir(), path.join(partial, UPLOADS_DIR))
    : null;

  const manifest: Manifest = {
    format: 1,
    createdAt: new Date(started).toISOString(),
    appVersion: pkg.version,
    database: { ...facts, integrity: 'ok' },
    secret,
    uploads,
  };
  writeFileSync(path.join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
  renameSync(partial, folder);

  console.log(`Backed up to ${folder}`);
  console.log(
    `  ${DATABASE_FILE}  ${formatBytes(facts.bytes)}, ${facts.articles} articles, ${facts.votes} votes, integrity ok`,
  );
  console.log(
    secret === 'file'
      ? `  ${SECRET_FILE}       copied from ${secretFile}`
      : secret === 'environment'
        ? '  secret       not copied: it is set in NEWSROOM_SECRET/AUTH_SECRET; keep that value with this backup'
        : '  secret       none yet (the server creates it on first start)',
  );
  console.log(
    uploads
      ? `  ${UPLOADS_DIR}/     ${uploads.files} files, ${formatBytes(uploads.bytes)}`
      : `  ${UPLOADS_DIR}/     none yet`,
  );
  console.log(`  ${MANIFEST_FILE}  what this backup holds`);
  console.log(`Took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}, USAGE);

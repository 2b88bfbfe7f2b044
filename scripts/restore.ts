// `npm run restore -- PATH`: puts a backup folder back as the live data, with the server stopped.
// Refusing a running server is the safe choice: a restore under it would be served from its
// in-memory page cache (up to an hour for articles), and its open connection would keep writing.
import {
  chmodSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  closeSync,
  renameSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { releaseDatabase } from '../db/backups/release';
import { checkIntegrity, describeDatabase, LATEST_MIGRATION } from '../db/backups/sqlite-copy';
import { databasePath, dataDir, uploadsDir } from '../lib/config';
import {
  copyUploads,
  DATABASE_FILE,
  formatBytes,
  readManifest,
  SECRET_FILE,
  UPLOADS_DIR,
} from './lib/backup-folder';
import { CliError, runCli, UsageError } from './lib/cli';

const USAGE = `Usage:
  npm run restore -- PATH

PATH is a folder written by npm run backup. Stop the server first: the restore refuses to run
while any process has the database open. What it replaces is moved to DATA_DIR/before-restore-<time>/.`;

runCli(async () => {
  const args = process.argv.slice(2);
  if (args.some((arg) => ['help', '--help', '-h'].includes(arg))) return console.log(USAGE);
  if (!args[0]) throw new UsageError('Missing the backup folder to restore.');
  if (args.length > 1) throw new UsageError(`Unexpected argument "${args[1]}".`);
  const started = Date.now();
  const folder = path.resolve(args[0]);
  const manifest = readManifest(folder);
  const backupDb = path.join(folder, DATABASE_FILE);

  // Everything about the backup is checked before anything in the data folder is touched.
  const integrity = checkIntegrity(backupDb);
  if (integrity !== 'ok')
    throw new CliError(
      `The backup's database fails its integrity check (${integrity}); nothing was changed.`,
    );
  // Read from the database itself, not the manifest: the file is what will be served.
  const facts = describeDatabase(backupDb, statSync(backupDb).size);
  if ((facts.latestMigration ?? 0) > LATEST_MIGRATION)
    throw new CliError(
      `The backup was made by a newer version of Newsroom (${manifest.appVersion}); restore it with that version.`,
    );

  const target = databasePath();
  const state = releaseDatabase(target);
  if (state === 'in use')
    throw new CliError(
      `The database ${target} is open in another process (a running server, or a CLI tool). Stop it and run the restore again; nothing was changed.`,
    );

  // What is replaced is kept, not deleted: a restore of the wrong backup must be undoable.
  const stamp = new Date(started).toISOString().replace(/[:.]/g, '-');
  const aside = path.join(dataDir(), `before-restore-${stamp}`);
  // The database goes aside next to itself: DATABASE_PATH may be on another disk than DATA_DIR.
  const dbAside = path.join(path.dirname(target), `before-restore-${stamp}`);
  const moveAside = (file: string, folder = aside) => {
    if (!existsSync(file)) return;
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    renameSync(file, path.join(folder, path.basename(file)));
  };
  for (const suffix of ['', '-wal', '-shm']) moveAside(target + suffix, dbAside);

  mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  // Copied under a temporary name, flushed, then renamed: the live name never holds half a file.
  const incoming = `${target}.restoring`;
  copyFileSync(backupDb, incoming);
  chmodSync(incoming, 0o600);
  const fd = openSync(incoming, 'r');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(incoming, target);

  const secretFile = path.join(dataDir(), SECRET_FILE);
  if (manifest.secret === 'file') {
    moveAside(secretFile);
    copyFileSync(path.join(folder, SECRET_FILE), secretFile);
    chmodSync(secretFile, 0o600);
  }
  const backupUploads = path.join(folder, UPLOADS_DIR);
  const uploads = existsSync(backupUploads)
    ? (moveAside(uploadsDir()), copyUploads(backupUploads, uploadsDir()))
    : null;

  console.log(`Restored ${folder}`);
  console.log(`  database  ${target}: ${facts.articles} articles, ${facts.votes} votes, integrity ok`);
  console.log(
    manifest.secret === 'file'
      ? `  secret    ${secretFile}`
      : manifest.secret === 'environment'
        ? '  secret    not in the backup: set NEWSROOM_SECRET/AUTH_SECRET to the value the backup was made with'
        : '  secret    none in the backup; the data folder keeps its own (or the server creates one on start)',
  );
  console.log(
    uploads
      ? `  uploads   ${uploads.files} files, ${formatBytes(uploads.bytes)}`
      : '  uploads   none in the backup',
  );
  for (const folder of new Set([dbAside, aside]))
    if (existsSync(folder))
      console.log(`What it replaced is in ${folder} (delete it when you are satisfied).`);
  if (state === 'unreadable')
    console.log('The replaced database could not be opened; it was moved aside as it was.');
  // Nothing else to clear: pages and cached data live only in a server's memory
  // (experimental.isrFlushToDisk: false), and no server was running.
  console.log('No cached pages to clear: the server keeps them in memory only. Start the server now.');
  console.log(`Took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}, USAGE);

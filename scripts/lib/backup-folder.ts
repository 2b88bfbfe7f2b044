// The layout of one backup folder, shared by `npm run backup` and `npm run restore`:
//   newsroom.db   the database (a consistent single-file copy)
//   secret        data/secret, when the secret lives there rather than in the environment
//   uploads/      data/uploads
//   backup.json   what the folder holds (below)
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseFacts } from '../../db/backups/sqlite-copy';
import { CliError } from './cli';

export const DATABASE_FILE = 'newsroom.db';
export const SECRET_FILE = 'secret';
export const UPLOADS_DIR = 'uploads';
export const MANIFEST_FILE = 'backup.json';

export type Manifest = {
  format: 1;
  createdAt: string;
  appVersion: string;
  database: DatabaseFacts & { integrity: 'ok' };
  /** Where the app secret was: copied from data/secret, or set in the environment (not copied). */
  secret: 'file' | 'environment' | 'none';
  uploads: { files: number; bytes: number } | null;
};

/** A name that sorts by time and is safe on every filesystem (no colons). */
export function backupName(now = new Date()): string {
  return `newsroom-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** Copies a folder of uploads; returns how many files and bytes. Upload files never change once written. */
export function copyUploads(from: string, to: string): { files: number; bytes: number } {
  cpSync(from, to, { recursive: true, preserveTimestamps: true });
  return sizeOf(to);
}

export function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** Reads and checks a backup folder's manifest, or says plainly why PATH is not a backup. */
export function readManifest(folder: string): Manifest {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new CliError(`No backup folder at ${folder}.`);
  const file = path.join(folder, MANIFEST_FILE);
  if (!existsSync(file))
    throw new CliError(`${folder} is not a backup made by npm run backup (it has no ${MANIFEST_FILE}).`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new CliError(`${file} is not valid JSON: the backup is damaged.`);
  }
  if (manifest?.format !== 1) throw new CliError(`${file} is not a backup manifest this version can read.`);
  if (!existsSync(path.join(folder, DATABASE_FILE)))
    throw new CliError(`${folder} has no ${DATABASE_FILE}: the backup is incomplete.`);
  return manifest;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

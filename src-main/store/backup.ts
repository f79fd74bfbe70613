import fs from 'node:fs';
import { makeFolder } from './make-folder';
import os from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { encryptFile } from './backup-crypto';
import { openSqliteFile } from './sqlite-file';

/** A file-name-safe UTC timestamp: 2026-11-22T20-41-05Z. */
export const fileStamp = (date = new Date()): string =>
  date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');

const BACKUP_PAGES_PER_STEP = 4096;

export const PLAIN_BACKUP_EXT = '.vade.sqlite';
export const ENCRYPTED_BACKUP_EXT = '.vade.enc';

export interface BackupOptions {
  /** Encrypts the file (see backup-crypto.ts); the plain copy lives only in `scratchDir` while it is made. */
  password?: string | null | undefined;
  now?: Date;
  /** Where a plain copy is made before encryption (default: the OS temp folder). */
  scratchDir?: string;
}

/** The company a database file belongs to: `companies/acme.vade.sqlite` → `acme`. */
export const companyOfFile = (file: string): string => path.basename(file).replace(/\.vade\.sqlite$|\.sqlite$/, '');

/**
 * Copies a live database with SQLite's online backup API. A plain file copy of a WAL database can miss
 * committed pages that still sit in the -wal file. The copy is written under a `.partial` name, switched to
 * rollback-journal mode (a backup is one self-contained file), flushed, and only then renamed to its real
 * name: a crash leaves at most a `.partial`, never a half-written backup under the real name.
 */
export async function backupDatabase(
  raw: BetterSqlite3.Database,
  folder: string,
  label: string,
  options: BackupOptions = {},
): Promise<string> {
  return backupInto((plain) => copyDatabase(raw, plain), companyOfFile(raw.name), folder, label, options);
}

/**
 * A backup file made by `copyInto` (which writes a self-contained SQLite company file at the path it is given):
 * the online backup API for a company file, the app's own logical copy for a company on a server.
 */
export async function backupInto(
  copyInto: (plainFile: string) => Promise<void>,
  company: string,
  folder: string,
  label: string,
  options: BackupOptions = {},
): Promise<string> {
  makeFolder(folder);
  const encrypted = Boolean(options.password);
  const stem = `${company}-${label}-${fileStamp(options.now)}`;
  const target = freeTarget(folder, stem, encrypted ? ENCRYPTED_BACKUP_EXT : PLAIN_BACKUP_EXT);
  const partial = `${target}.partial`;
  const scratch = options.scratchDir ?? os.tmpdir();
  if (encrypted) fs.mkdirSync(scratch, { recursive: true });
  const plain = encrypted ? path.join(fs.mkdtempSync(path.join(scratch, 'vade-backup-')), 'plain.sqlite') : partial;
  try {
    await copyInto(plain);
    if (encrypted) await encryptFile(plain, partial, options.password!);
    fs.renameSync(partial, target);
    syncFolder(folder);
    return target;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    if (encrypted) fs.rmSync(path.dirname(plain), { recursive: true, force: true });
  }
}

/**
 * The online backup of `raw` into a new single file at `target`, durable on disk. Its folder is made when missing
 * (a PC that has worked only on a server company has no companies folder yet).
 */
export async function copyDatabase(raw: BetterSqlite3.Database, target: string): Promise<void> {
  makeFolder(path.dirname(target));
  fs.rmSync(target, { force: true });
  // Each step is one write transaction on the copy (a sync to disk): better-sqlite3's default of 100 pages a
  // step made a 850 MB company take minutes. 4,096 pages (16 MB) a step keeps each pause of the event loop short.
  await raw.backup(target, { progress: () => BACKUP_PAGES_PER_STEP });
  selfContained(target);
}

/** A database file made one self-contained file (rollback journal, no -wal beside it), durable on disk. */
export function selfContained(target: string): void {
  const copy = openSqliteFile(target, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const handle = fs.openSync(target, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Two backups in the same second get "-2", "-3": a backup never overwrites another. */
function freeTarget(folder: string, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${n === 1 ? stem : `${stem}-${n}`}${ext}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Makes a rename durable (the folder's entry), where the platform allows opening a folder. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const handle = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

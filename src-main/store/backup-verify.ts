import fs from 'node:fs';
import path from 'node:path';
import { decryptFile, isEncryptedBackup } from './backup-crypto';
import { BackupError } from './backup-error';
import { readHead } from './file-head';
import { integrityCheck } from './integrity-check';
import { openSqliteFile } from './sqlite-file';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const VADE_TABLES = ['customers', 'invoices', 'payments', 'settings'];

export interface VerifiedCopy {
  /** A private plain copy that passed every check: restore moves it into place, a list check deletes it. */
  file: string;
  schemaVersion: number;
  encrypted: boolean;
  /** Deletes the copy (when it was not moved away). */
  release(): void;
}

export interface VerifyOptions {
  password?: string | null | undefined;
  /** Where the private copy is made: on the same disk as the companies folder, so a restore is a rename. */
  scratchDir: string;
  /** The newest schema this Vade knows: a file from a newer Vade is refused. */
  latestSchema: number;
}

/**
 * Checks a backup (or any company file) without touching it: decrypts or copies it to a private file, then
 * `integrity_check`, Vade's tables and the schema version on that copy. Throws a BackupError saying why not.
 */
export async function verifiedCopy(source: string, options: VerifyOptions): Promise<VerifiedCopy> {
  return verify(source, options);
}

/**
 * Checks a plain backup where it lies when it is a self-contained rollback-journal file (as Vade writes
 * them): opened read-only, nothing is created beside it, and no copy of a large file is made. Anything
 * else (encrypted, WAL mode, a foreign file) is checked on a private copy.
 */
export async function checkBackup(source: string, options: VerifyOptions): Promise<number> {
  if (!isRollbackFile(source)) {
    const copy = await verify(source, options);
    copy.release();
    return copy.schemaVersion;
  }
  return checkDatabase(source, source, options.latestSchema, true);
}

/** Bytes 18 and 19 of the header are 1 for a rollback journal, 2 for WAL. */
function isRollbackFile(file: string): boolean {
  const head = readHead(file, 20);
  return head.subarray(0, 16).equals(SQLITE_HEADER) && head[18] === 1 && head[19] === 1;
}

async function verify(source: string, options: VerifyOptions): Promise<VerifiedCopy> {
  if (!fs.existsSync(source) || !fs.statSync(source).isFile()) throw new BackupError('not_found', source);
  fs.mkdirSync(options.scratchDir, { recursive: true });
  const folder = fs.mkdtempSync(path.join(options.scratchDir, 'check-'));
  const file = path.join(folder, 'copy.vade.sqlite');
  const release = () => fs.rmSync(folder, { recursive: true, force: true });
  try {
    const encrypted = isEncryptedBackup(source);
    if (encrypted) {
      if (!options.password) throw new BackupError('password_required', source);
      await decryptFile(source, file, options.password);
    } else {
      await fs.promises.copyFile(source, file);
      // A company file from elsewhere may still have committed pages in its -wal: they belong to it.
      if (fs.existsSync(`${source}-wal`)) await fs.promises.copyFile(`${source}-wal`, `${file}-wal`);
    }
    const schemaVersion = await checkDatabase(source, file, options.latestSchema);
    return { file, schemaVersion, encrypted, release };
  } catch (error) {
    release();
    throw error;
  }
}

async function checkDatabase(source: string, file: string, latestSchema: number, readonly = false): Promise<number> {
  if (!readHead(file, 16).equals(SQLITE_HEADER)) throw new BackupError('not_a_backup', source);
  let check: string;
  try {
    check = await integrityCheck(file);
  } catch (error) {
    throw new BackupError('damaged', source, { cause: error });
  }
  if (check !== 'ok') throw new BackupError('damaged', source, { detail: check });

  const db = openSqliteFile(file, { fileMustExist: true, readonly });
  try {
    const tables = new Set(db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]);
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version < 1 || VADE_TABLES.some((t) => !tables.has(t))) throw new BackupError('not_vade', source);
    if (version > latestSchema) throw new BackupError('newer_schema', source, { detail: `schema ${version}` });
    if (!readonly) db.pragma('journal_mode = DELETE'); // one self-contained file, ready to be moved into place
    return version;
  } finally {
    db.close();
  }
}

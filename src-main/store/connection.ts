import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { StoreKind } from './dialect/kind';
import type { Database } from './schema';
import { StoreError } from './store-error';

const SQLITE_HEADER = 'SQLite format 3\0';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string | undefined;
  readonly?: boolean;
  /**
   * A file at least this large (bytes) is opened without waiting for its quick_check (~5 s for 1 GB), unless its
   * last session did not close cleanly (a WAL file was left): the caller runs the check in the background instead
   * (`quickCheckDeferred`). Undefined: always check before opening.
   */
  deferQuickCheckAbove?: number | undefined;
}

export interface StoreConnection {
  kind: StoreKind;
  /** The SQLite file; for a server company, its URL with the password masked (safe to show and log). */
  file: string;
  /**
   * better-sqlite3's own handle, for the SQLite-only work (online backups, prepared bulk writes of imports and the
   * demo). A server company has none: reading it throws a `StoreError('sqlite_only')` that names the store.
   */
  readonly raw: BetterSqlite3.Database;
  db: Kysely<Database>;
  /** "3.50.4" for SQLite, "PostgreSQL 15.14" for a server. */
  engineVersion: string;
  /** Set when the file was opened without its quick_check: the caller owes it one (see `deferQuickCheckAbove`). */
  quickCheckDeferred?: boolean;
  close(): Promise<void>;
}

/**
 * Opens (or creates) a company database with the settings a ledger needs: WAL, synchronous=FULL so a
 * committed payment survives a power cut, foreign keys, a busy timeout, and a quick_check first (or owed, for a
 * large file that was closed cleanly: see `deferQuickCheckAbove`).
 */
export function openConnection(file: string, options: OpenOptions = {}): StoreConnection {
  assertLooksLikeSqlite(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const deferCheck = mayDeferQuickCheck(file, options.deferQuickCheckAbove);

  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(file, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      readonly: options.readonly ?? false,
    });
  } catch (error) {
    throw new StoreError('cannot_open', file, `Cannot open the database file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }

  try {
    raw.pragma('busy_timeout = 5000');
    if (!deferCheck) quickCheck(raw, file);
    if (!options.readonly) raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
  } catch (error) {
    raw.close();
    if (error instanceof StoreError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new StoreError('not_a_database', file, `${file} is not a Vade database (not an SQLite file).`, { cause: error });
    }
    throw new StoreError('damaged', file, `The database file ${file} is damaged: ${(error as Error).message}`, { cause: error });
  }

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return {
    kind: 'sqlite',
    file,
    raw,
    db,
    engineVersion: String(raw.prepare('select sqlite_version()').pluck().get()),
    ...(deferCheck ? { quickCheckDeferred: true } : {}),
    close: () => db.destroy(),
  };
}

/** SQLite's quick_check on the open connection; a damaged file is a `StoreError('damaged')`. */
export function quickCheck(raw: BetterSqlite3.Database, file: string): void {
  const check = raw.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw damagedFile(file, String(check));
}

export const damagedFile = (file: string, check: string): StoreError =>
  new StoreError('damaged', file, `The database file ${file} is damaged (quick_check: ${check}). Restore it from a backup.`);

/**
 * A clean close checkpoints and deletes the WAL file; one left over (with content) means the last session ended
 * in a crash or power cut, or another process has the file open: then the check runs before anything else.
 */
function mayDeferQuickCheck(file: string, above: number | undefined): boolean {
  if (above === undefined || file === ':memory:') return false;
  const size = (name: string) => fs.statSync(name, { throwIfNoEntry: false })?.size ?? 0;
  const bytes = size(file);
  return bytes > 0 && bytes >= above && size(`${file}-wal`) === 0;
}

/** Refuse early, with a plain message, a file that is not SQLite at all (SQLite would only fail later). */
function assertLooksLikeSqlite(file: string): void {
  let handle: number;
  try {
    handle = fs.openSync(file, 'r');
  } catch {
    return; // does not exist yet: it will be created
  }
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(handle, header, 0, 16, 0);
    if (read > 0 && (read < 16 || header.toString('latin1') !== SQLITE_HEADER)) {
      throw new StoreError('not_a_database', file, `${file} is not a Vade database (not an SQLite file).`);
    }
  } finally {
    fs.closeSync(handle);
  }
}

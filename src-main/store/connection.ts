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
  close(): Promise<void>;
}

/**
 * Opens (or creates) a company database with the settings a ledger needs: WAL, synchronous=FULL so a
 * committed payment survives a power cut, foreign keys, a busy timeout, and a quick_check first.
 */
export function openConnection(file: string, options: OpenOptions = {}): StoreConnection {
  assertLooksLikeSqlite(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });

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
    const check = raw.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new StoreError(
        'damaged',
        file,
        `The database file ${file} is damaged (quick_check: ${String(check)}). Restore it from a backup.`,
      );
    }
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
    close: () => db.destroy(),
  };
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

import type BetterSqlite3 from 'better-sqlite3';
import type { StoreConnection } from './connection';
import { StoreError } from './store-error';

/**
 * Refuses, in plain words, something only the embedded SQLite file can do (its online backup API, `quick_check`
 * and `integrity_check`, better-sqlite3 prepared statements) when the company lives on a PostgreSQL server.
 */
export function sqliteOnly(label: string, what: string): never {
  throw new StoreError(
    'sqlite_only',
    label,
    `${what} needs the embedded SQLite store; ${label} is a PostgreSQL server database, where this is not available yet.`,
  );
}

/** better-sqlite3's handle of a SQLite company, or the `sqlite_only` refusal that names `what` needed it. */
export function sqliteHandle(store: Pick<StoreConnection, 'kind' | 'file' | 'raw'>, what: string): BetterSqlite3.Database {
  return store.kind === 'sqlite' ? store.raw : sqliteOnly(store.file, what);
}

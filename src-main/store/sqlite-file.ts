import BetterSqlite3 from 'better-sqlite3';

let nativeBinding: string | undefined;

/**
 * The better_sqlite3.node built for this runtime (Electron's ABI differs from Node's): set once at startup
 * so helpers that open a side file (a backup to check or to restore) load the same build.
 */
export function useSqliteBinding(binding: string | undefined): void {
  nativeBinding = binding;
}

export const sqliteBinding = (): string | undefined => nativeBinding;

/** Opens a database file that is not the company's live connection (a backup, a copy to check). */
export function openSqliteFile(file: string, options: BetterSqlite3.Options = {}): BetterSqlite3.Database {
  return new BetterSqlite3(file, { ...(nativeBinding ? { nativeBinding } : {}), ...options });
}

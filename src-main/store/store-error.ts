export type StoreErrorReason =
  | 'not_a_database'
  | 'damaged'
  | 'newer_schema'
  | 'cannot_open'
  | 'migration_failed'
  /** Something only the embedded SQLite store can do was asked of a company on a PostgreSQL server. */
  | 'sqlite_only';

/** A database file that cannot be used as it is. Said clearly to the user; never a crash. */
export class StoreError extends Error {
  constructor(
    readonly reason: StoreErrorReason,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

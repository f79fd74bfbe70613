import { StoreError } from '../store-error';

/**
 * A write the database refused by a constraint (unique, check, foreign key, not null): better-sqlite3's
 * `SQLITE_CONSTRAINT_*` codes, PostgreSQL's SQLSTATE class 23. Told to the user as a conflict, not a crash.
 */
export function isConstraintViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return code.startsWith('SQLITE_CONSTRAINT') || /^23[0-9A-Z]{3}$/.test(code);
}

/**
 * A write refused because of another writer or the data: a constraint violation, or PostgreSQL's serialization
 * failure / deadlock still there after the writer's retries. Told to the user as a conflict.
 */
export function isWriteConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return isConstraintViolation(error) || code === '40001' || code === '40P01';
}

/** Something only the embedded SQLite store can do was asked of a company on a PostgreSQL server. */
export const isSqliteOnlyRefusal = (error: unknown): error is StoreError =>
  error instanceof StoreError && error.reason === 'sqlite_only';

import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './kind';

/** A statement run many times in a loop (a bank run's point reads, an import's lookups). */
export interface Statement<P extends unknown[], R> {
  all(...params: P): Promise<R[]>;
  get(...params: P): Promise<R | undefined>;
  run(...params: P): Promise<void>;
}

/** The SQLite file's own handle, asked for only on SQLite (a server company has none). */
export type RawHandle = () => BetterSqlite3.Database;

/** `text` with its `?` placeholders bound to `params`, for Kysely (which numbers them $1, $2 … on PostgreSQL). */
function bound(text: string, params: readonly unknown[]): RawBuilder<unknown> {
  const pieces = text.split('?');
  if (pieces.length !== params.length + 1) throw new Error(`${pieces.length - 1} placeholders, ${params.length} values: ${text}`);
  return sql.join(
    pieces.flatMap((piece, i) => (i < params.length ? [sql.raw(piece), sql`${params[i]}`] : [sql.raw(piece)])),
    sql``,
  );
}

/**
 * One SQL text (`?` placeholders; quote camelCase aliases, which PostgreSQL would fold) run either way: on SQLite a
 * better-sqlite3 prepared statement on the connection's own handle (the fast path, inside dispatch's transaction:
 * same connection), on PostgreSQL through `db`, the caller's transaction.
 */
export function statement<P extends unknown[], R>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the text names its tables
  db: Kysely<any>,
  raw: RawHandle | null,
  text: string,
): Statement<P, R> {
  if (!isPostgres(db) && raw) {
    let prepared: BetterSqlite3.Statement<P, R> | null = null;
    const get = () => (prepared ??= raw().prepare<P, R>(text));
    return {
      all: async (...params) => get().all(...params),
      get: async (...params) => get().get(...params),
      run: async (...params) => void get().run(...params),
    };
  }
  return {
    all: async (...params) => (await bound(text, params).execute(db)).rows as R[],
    get: async (...params) => (await bound(text, params).execute(db)).rows[0] as R | undefined,
    run: async (...params) => void (await bound(text, params).execute(db)),
  };
}

import { PostgresAdapter, type Kysely } from 'kysely';

/** Which store a company lives in: the embedded SQLite file (the default) or a PostgreSQL server. */
export type StoreKind = 'sqlite' | 'postgres';

/** Anything that runs queries: a connection, or a transaction of it (`ctx.db`), of any schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

/**
 * The store behind a Kysely instance or transaction (a transaction is a Kysely too), for the few places whose SQL
 * must differ per store. Read from the dialect's adapter, so it needs no extra parameter through the handlers.
 */
export function storeKindOf(db: AnyDb): StoreKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export const isPostgres = (db: AnyDb): boolean => storeKindOf(db) === 'postgres';

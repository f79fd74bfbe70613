import { PostgresAdapter, type Kysely } from 'kysely';
import type { Database } from '../schema';

/** Which store a company lives in: the embedded SQLite file (the default) or a PostgreSQL server. */
export type StoreKind = 'sqlite' | 'postgres';

/**
 * The store behind a Kysely instance or transaction (a transaction is a Kysely too), for the few places whose SQL
 * must differ per store. Read from the dialect's adapter, so it needs no extra parameter through the handlers.
 */
export function storeKindOf(db: Kysely<unknown> | Kysely<Database>): StoreKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export const isPostgres = (db: Kysely<unknown> | Kysely<Database>): boolean => storeKindOf(db) === 'postgres';

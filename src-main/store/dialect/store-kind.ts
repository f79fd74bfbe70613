import { PostgresAdapter, type Kysely } from 'kysely';

/** Which engine a company lives on: the embedded SQLite file or a PostgreSQL server. */
export type StoreKind = 'sqlite' | 'postgres';

/** Anything that runs queries: the connection, or a transaction of it (`ctx.db`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

/** The engine behind a Kysely instance, read from its adapter (a transaction shares its connection's). */
export const storeKind = (db: AnyDb): StoreKind => (db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite');

export const onPostgres = (db: AnyDb): boolean => storeKind(db) === 'postgres';

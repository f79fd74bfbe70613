import { sql, type RawBuilder } from 'kysely';
import { onPostgres, type AnyDb } from './store-kind';

/**
 * Days from business date `from` to `to` (both `YYYY-MM-DD`, as text columns or parameters): positive when `to`
 * is later. SQLite subtracts Julian day numbers (a real); PostgreSQL subtracts dates (an integer).
 */
export const daysBetween = (db: AnyDb, from: RawBuilder<string>, to: RawBuilder<string>): RawBuilder<number> =>
  onPostgres(db)
    ? sql<number>`(cast(${to} as date) - cast(${from} as date))`
    : sql<number>`(julianday(${to}) - julianday(${from}))`;

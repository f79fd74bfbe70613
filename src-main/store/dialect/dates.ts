import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './kind';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the helpers name no table
type AnyDb = Kysely<any>;

/**
 * Days from business date `from` to `to` (both `YYYY-MM-DD`, as text columns or parameters): positive when `to`
 * is later. SQLite subtracts Julian day numbers (a real); PostgreSQL subtracts dates (an integer).
 */
export const daysBetween = (db: AnyDb, from: RawBuilder<string>, to: RawBuilder<string>): RawBuilder<number> =>
  isPostgres(db)
    ? sql<number>`(cast(${to} as date) - cast(${from} as date))`
    : sql<number>`(julianday(${to}) - julianday(${from}))`;

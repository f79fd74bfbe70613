import { sql, type RawBuilder } from 'kysely';
import { onPostgres, type AnyDb } from './store-kind';

/**
 * The smaller of two values. SQLite's scalar min(a, b) is an aggregate name in PostgreSQL, whose LEAST skips
 * NULLs (SQLite's min gives NULL): callers pass values that are never NULL.
 */
export const least = <T>(db: AnyDb, a: RawBuilder<T>, b: RawBuilder<T>): RawBuilder<T> =>
  onPostgres(db) ? sql<T>`least(${a}, ${b})` : sql<T>`min(${a}, ${b})`;

/** The larger of two values (SQLite's scalar max, PostgreSQL's GREATEST); never NULL arguments. */
export const greatest = <T>(db: AnyDb, a: RawBuilder<T>, b: RawBuilder<T>): RawBuilder<T> =>
  onPostgres(db) ? sql<T>`greatest(${a}, ${b})` : sql<T>`max(${a}, ${b})`;

/** How many rows of a group meet a condition (SQLite sums its 0/1 comparisons; PostgreSQL's are booleans). */
export const countWhere = (condition: RawBuilder<unknown>): RawBuilder<number> =>
  sql<number>`sum(case when ${condition} then 1 else 0 end)`;

/** A real (not integer) number, so that a division is not cut to whole numbers on PostgreSQL. */
export const asReal = (value: RawBuilder<unknown>): RawBuilder<number> => sql<number>`cast(${value} as double precision)`;

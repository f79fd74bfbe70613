import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './kind';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the helpers name no table
type AnyDb = Kysely<any>;

/** A JSON array of strings kept as text (`customers.tags`) holds `value`. */
export const jsonArrayHas = (db: AnyDb, column: RawBuilder<unknown>, value: string): RawBuilder<boolean> =>
  isPostgres(db)
    ? sql<boolean>`cast(${column} as jsonb) ? ${value}`
    : sql<boolean>`exists (select 1 from json_each(${column}) where json_each.value = ${value})`;

/**
 * The entries of a JSON object handed over as one parameter, as a row source `alias(key, value)` of text
 * columns (cast them where a number is meant): one parameter however many entries, where a VALUES list would
 * need two per entry.
 */
export const jsonObjectRows = (db: AnyDb, object: Record<string, unknown>, alias: string): RawBuilder<unknown> =>
  isPostgres(db)
    ? sql`jsonb_each_text(cast(${JSON.stringify(object)} as jsonb)) as ${sql.raw(alias)}(key, value)`
    : sql`json_each(${JSON.stringify(object)}) as ${sql.raw(alias)}`;

/**
 * The strings of an array handed over as one parameter, as a row source `alias(value)`: one parameter however
 * many strings (an IN list would need one each, and the engines cap parameters).
 */
export const jsonArrayRows = (db: AnyDb, values: readonly string[], alias: string): RawBuilder<unknown> =>
  isPostgres(db)
    ? sql`jsonb_array_elements_text(cast(${JSON.stringify(values)} as jsonb)) as ${sql.raw(alias)}(value)`
    : sql`json_each(${JSON.stringify(values)}) as ${sql.raw(alias)}`;

/** Ids handed over as one parameter, as a subquery for `in` / `not in` (`jsonArrayRows` cast to integers). */
export const jsonIds = (db: AnyDb, ids: readonly number[], alias: string): RawBuilder<unknown> =>
  sql`(select cast(${sql.ref(`${alias}.value`)} as integer) from ${jsonArrayRows(db, ids.map(String), alias)})`;

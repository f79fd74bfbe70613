import { sql, type RawBuilder } from 'kysely';
import { onPostgres, type AnyDb } from './store-kind';

/** A JSON array of strings kept as text (`customers.tags`) holds `value`. */
export const jsonArrayHas = (db: AnyDb, column: RawBuilder<unknown>, value: string): RawBuilder<boolean> =>
  onPostgres(db)
    ? sql<boolean>`cast(${column} as jsonb) ? ${value}`
    : sql<boolean>`exists (select 1 from json_each(${column}) where json_each.value = ${value})`;

/**
 * The entries of a JSON object handed over as one parameter, as a row source `alias(key, value)` of text
 * columns (cast them where a number is meant): one parameter however many entries, where a VALUES list would
 * need two per entry.
 */
export const jsonObjectRows = (db: AnyDb, object: Record<string, unknown>, alias: string): RawBuilder<unknown> =>
  onPostgres(db)
    ? sql`jsonb_each_text(cast(${JSON.stringify(object)} as jsonb)) as ${sql.raw(alias)}(key, value)`
    : sql`json_each(${JSON.stringify(object)}) as ${sql.raw(alias)}`;

import { sql } from 'kysely';
import { isPostgres, type AnyDb } from './kind';

/** The PostgreSQL type of each column written (what `jsonb_to_recordset` reads the JSON values as). */
export type BatchColumns<R> = { readonly [K in keyof R & string]: 'bigint' | 'text' };

/** On a conflict of `key`, the existing row takes these columns of the new one. */
export interface BatchUpsert<R> {
  key: readonly (keyof R & string)[];
  update: readonly (keyof R & string)[];
}

/** Rows per statement on SQLite (its bound parameters are limited: 500 rows of ten columns stay far below). */
const SQLITE_CHUNK = 500;

/**
 * Many rows written into one table in as few statements as the store likes: on PostgreSQL one statement whatever
 * their number (the rows as one JSON parameter, `jsonb_to_recordset`), since each statement is a round trip and a
 * statement of thousands of parameters is slow to parse; on SQLite (in-process, no round trip) multi-row VALUES in
 * chunks. Used by the day steps, which write every customer's row at once.
 */
export async function writeRows<R extends { [K in keyof R]: string | number | null }>(
  db: AnyDb,
  table: string,
  columns: BatchColumns<R>,
  rows: readonly R[],
  upsert?: BatchUpsert<R>,
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns) as (keyof R & string)[];
  const list = sql.join(names.map((c) => sql.ref(c)));
  const conflict = upsert
    ? sql`on conflict (${sql.join(upsert.key.map((c) => sql.ref(c)))}) do update set ${sql.join(
        upsert.update.map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`),
      )}`
    : sql``;
  if (isPostgres(db)) {
    const shape = sql.join(names.map((c) => sql`${sql.ref(c)} ${sql.raw(columns[c])}`));
    await sql`insert into ${sql.table(table)} (${list})
      select ${list} from jsonb_to_recordset(cast(${JSON.stringify(rows)} as jsonb)) as v(${shape}) ${conflict}`.execute(db);
    return;
  }
  for (let i = 0; i < rows.length; i += SQLITE_CHUNK) {
    const values = rows.slice(i, i + SQLITE_CHUNK).map((row) => sql`(${sql.join(names.map((c) => sql`${row[c]}`))})`);
    await sql`insert into ${sql.table(table)} (${list}) values ${sql.join(values)} ${conflict}`.execute(db);
  }
}

import type { Kysely, RawBuilder } from 'kysely';
import { statement } from '../../src-main/store/dialect/statements';

/**
 * SQL a test arranges or checks data with, on either store: one text with `?` placeholders run through the store's
 * Kysely (never the SQLite file's own handle, which a PostgreSQL company has not). Quote camelCase aliases.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the text names its tables
export function storeSql(backend: { store: { db: Kysely<any> } }) {
  const run = <R>(text: string) => statement<unknown[], R>(backend.store.db, null, text);
  return {
    all: <R = Record<string, unknown>>(text: string, ...params: unknown[]) => run<R>(text).all(...params),
    get: <R = Record<string, unknown>>(text: string, ...params: unknown[]) => run<R>(text).get(...params),
    /** The first column of the first row (better-sqlite3's `pluck().get()`). */
    value: async <T = number>(text: string, ...params: unknown[]): Promise<T | undefined> => {
      const row = await run<Record<string, unknown>>(text).get(...params);
      return row ? (Object.values(row)[0] as T) : undefined;
    },
    /** The first column of every row (`pluck().all()`). */
    values: async <T = number>(text: string, ...params: unknown[]): Promise<T[]> =>
      (await run<Record<string, unknown>>(text).all(...params)).map((row) => Object.values(row)[0] as T),
    run: (text: string, ...params: unknown[]) => run(text).run(...params),
    /** A dialect helper's SQL (`daysBetween`, `greatest` … over column names, no parameters) as text for the above. */
    text: (fragment: RawBuilder<unknown>) => fragment.compile(backend.store.db).sql,
  };
}

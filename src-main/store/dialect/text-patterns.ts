import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './kind';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the helpers name no table
type AnyDb = Kysely<any>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeGlob = (text: string) => text.replace(/[*?[\]]/g, (c) => `[${c}]`);

/**
 * `column` is `prefix` followed by exactly `digits` digits (a number series: VDE2025000000042), or, with no
 * count, by a digit and then anything (C00042, C00042-B). Case-sensitive on both engines: SQLite's GLOB, a
 * PostgreSQL regular expression.
 */
export function numberedAfter(db: AnyDb, column: string, prefix: string, digits?: number): RawBuilder<boolean> {
  if (isPostgres(db)) {
    const tail = digits === undefined ? '[0-9]' : `[0-9]{${digits}}$`;
    return sql<boolean>`${sql.ref(column)} ~ ${`^${escapeRegExp(prefix)}${tail}`}`;
  }
  const tail = digits === undefined ? '[0-9]*' : '[0-9]'.repeat(digits);
  return sql<boolean>`${sql.ref(column)} glob ${`${escapeGlob(prefix)}${tail}`}`;
}

/**
 * `column` with its ASCII letters upper-cased and nothing else changed, on both engines: SQLite's upper() is
 * ASCII-only, PostgreSQL's follows the collation (Turkish would turn i into İ), so it is asked in "C".
 */
export const asciiUpper = (db: AnyDb, column: string): RawBuilder<string> =>
  isPostgres(db) ? sql<string>`upper(${sql.ref(column)} collate "C")` : sql<string>`upper(${sql.ref(column)})`;

/** `column` holds a character outside printable ASCII (a letter asciiUpper leaves as it is). */
export const hasNonAscii = (db: AnyDb, column: string): RawBuilder<boolean> =>
  isPostgres(db) ? sql<boolean>`${sql.ref(column)} ~ '[^ -~]'` : sql<boolean>`${sql.ref(column)} glob '*[^ -~]*'`;

/** `value` compared code unit by code unit, as JavaScript's `<` does (SQLite's default; "C" on PostgreSQL). */
export const inByteOrder = (db: AnyDb, value: RawBuilder<string>): RawBuilder<string> =>
  isPostgres(db) ? sql<string>`${value} collate "C"` : value;

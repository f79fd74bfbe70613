import { sql, type RawBuilder } from 'kysely';
import { onPostgres, type AnyDb } from './store-kind';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeGlob = (text: string) => text.replace(/[*?[\]]/g, (c) => `[${c}]`);

/**
 * `column` is `prefix` followed by exactly `digits` digits (a number series: VDE2025000000042), or, with no
 * count, by a digit and then anything (C00042, C00042-B). Case-sensitive on both engines: SQLite's GLOB, a
 * PostgreSQL regular expression.
 */
export function numberedAfter(db: AnyDb, column: string, prefix: string, digits?: number): RawBuilder<boolean> {
  if (onPostgres(db)) {
    const tail = digits === undefined ? '[0-9]' : `[0-9]{${digits}}$`;
    return sql<boolean>`${sql.ref(column)} ~ ${`^${escapeRegExp(prefix)}${tail}`}`;
  }
  const tail = digits === undefined ? '[0-9]*' : '[0-9]'.repeat(digits);
  return sql<boolean>`${sql.ref(column)} glob ${`${escapeGlob(prefix)}${tail}`}`;
}
